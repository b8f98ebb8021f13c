import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { reportKeys } from './query-keys';

type Schemas = components['schemas'];
export type Report = Schemas['Report'];
export type ReportEvent = Schemas['ReportEvent'];
export type Message = Schemas['Message'];
export type Attachment = Schemas['Attachment'];

const PAGE_SIZE = 50;
const path = (id: string) => ({ params: { path: { id } } });

export const reportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: async (): Promise<Report> => {
      const { data, error, response } = await api().GET('/api/v1/reports/{id}', path(id));
      if (!data) throw toApiError(response, error);
      return data;
    },
  });

export const useReport = (id: string) => useQuery(reportQueryOptions(id));

/** The append-only history, oldest first, page by page. */
export const useReportEvents = (id: string) =>
  useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: reportKeys.events(id),
      queryFn: async ({ pageParam }) => {
        const { data, error, response } = await api().GET('/api/v1/reports/{id}/events', {
          params: { path: { id }, query: { cursor: pageParam, size: PAGE_SIZE } },
        });
        if (!data) throw toApiError(response, error);
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );

export const useReportMessages = (id: string) =>
  useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: reportKeys.messages(id),
      queryFn: async ({ pageParam }) => {
        const { data, error, response } = await api().GET('/api/v1/reports/{id}/messages', {
          params: { path: { id }, query: { cursor: pageParam, size: PAGE_SIZE } },
        });
        if (!data) throw toApiError(response, error);
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );

export const useReportAttachments = (id: string) =>
  useQuery({
    queryKey: reportKeys.attachments(id),
    queryFn: async () => {
      const { data, error, response } = await api().GET('/api/v1/reports/{id}/attachments', path(id));
      if (!data) throw toApiError(response, error);
      return data.items;
    },
  });
