import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

/** Client errors (4xx) are answers, not glitches: only network errors and 5xx are retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
