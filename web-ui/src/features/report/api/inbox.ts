import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components, operations } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { reportKeys } from './query-keys';

export type InboxItem = components['schemas']['InboxItem'];
export type InboxFilters = Omit<NonNullable<operations['getInbox']['parameters']['query']>, 'cursor' | 'size'>;

export const useInbox = (filters: InboxFilters) =>
  useInfiniteQuery(
    cursorPagesOptions(reportKeys.inbox(filters), async (cursor) => {
      const { data, error, response } = await api().GET('/api/v1/inbox', {
        params: { query: { ...filters, cursor, size: 25 } },
      });
      if (!data) throw toApiError(response, error);
      return data;
    }),
  );
