import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components, operations } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { reportKeys } from './query-keys';

export type PublicReport = components['schemas']['PublicReport'];
export type PublicFilters = Omit<NonNullable<operations['listPublicReports']['parameters']['query']>, 'cursor' | 'size'>;

export const publicReportsQueryOptions = (filters: PublicFilters, size = 20) =>
  cursorPagesOptions(reportKeys.public({ ...filters, size }), async (cursor) => {
    const { data, error, response } = await api().GET('/api/v1/reports/public', {
      params: { query: { ...filters, cursor, size } },
    });
    if (!data) throw toApiError(response, error);
    return data;
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
