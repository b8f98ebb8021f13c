import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { operations } from '@/api/schema';
import { reportKeys } from './query-keys';

export type SimilarQuery = NonNullable<operations['listSimilarReports']['parameters']['query']>;

/**
 * Public reports like the one being written or archived: the search's ranking, those in the same
 * kelurahan or within 500 m first, then the newest (GET /api/v1/reports/similar).
 */
export const useSimilarReports = (query: SimilarQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: reportKeys.similar(query),
    queryFn: async () => {
      const { data, error, response } = await api().GET('/api/v1/reports/similar', { params: { query } });
      if (!data) throw toApiError(response, error);
      return data.items;
    },
    enabled: options.enabled,
  });
