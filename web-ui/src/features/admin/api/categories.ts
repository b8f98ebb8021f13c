import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import type { Category } from '@/features/category/api/get-categories';
import { categoryKeys } from '@/features/category/api/query-keys';

export type CategoryInput = components['schemas']['CategoryInput'];

export async function createCategory(body: CategoryInput): Promise<Category> {
  const { data, error, response } = await api().POST('/api/v1/categories', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function updateCategory({ id, body }: { id: string; body: CategoryInput }): Promise<Category> {
  const { data, error, response } = await api().PUT('/api/v1/categories/{id}', { params: { path: { id } }, body });
  if (!data) throw toApiError(response, error);
  return data;
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}
