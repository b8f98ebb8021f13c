import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components, operations } from '@/api/schema';
import { reportKeys } from './query-keys';

export type PublicReport = components['schemas']['PublicReport'];
export type PublicFilters = Omit<NonNullable<operations['listPublicReports']['parameters']['query']>, 'cursor' | 'size'>;

export const publicReportsQueryOptions = (filters: PublicFilters, size = 20) =>
  infiniteQueryOptions({
    queryKey: reportKeys.public({ ...filters, size }),
    queryFn: async ({ pageParam }) => {
      const { data, error, response } = await api().GET('/api/v1/reports/public', {
        params: { query: { ...filters, cursor: pageParam, size } },
      });
      if (!data) throw toApiError(response, error);
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const usePublicReports = (filters: PublicFilters, options: { enabled?: boolean; size?: number } = {}) =>
  useInfiniteQuery({ ...publicReportsQueryOptions(filters, options.size), enabled: options.enabled });

/** "Saya juga mengalami": one support per person, counted on the report. */
export function useSupportReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { data, error, response } = await api().POST('/api/v1/reports/{id}/supports', { params: { path: { id } } });
      if (error !== undefined || !response.ok) throw toApiError(response, error);
      return data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'public'] }),
  });
}
