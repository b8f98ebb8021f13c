import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A change that reloads the lists under `queryKey` when it succeeds. `secret: true` is for answers
 * shown only once (a signing secret, an API key): the mutation is dropped from the mutation cache as
 * soon as nothing observes it, so the answer lingers nowhere once its panel is closed.
 */
export function useInvalidatingMutation<TArgs, TResult>(
  queryKey: QueryKey,
  mutationFn: (args: TArgs) => Promise<TResult>,
  { secret = false }: { secret?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    ...(secret ? { gcTime: 0 } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
