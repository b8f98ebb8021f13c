import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
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
    cursorPagesOptions(reportKeys.events(id), async (cursor) => {
      const { data, error, response } = await api().GET('/api/v1/reports/{id}/events', {
        params: { path: { id }, query: { cursor, size: PAGE_SIZE } },
      });
      if (!data) throw toApiError(response, error);
      return data;
    }),
  );

export const useReportMessages = (id: string) =>
  useInfiniteQuery(
    cursorPagesOptions(reportKeys.messages(id), async (cursor) => {
      const { data, error, response } = await api().GET('/api/v1/reports/{id}/messages', {
        params: { path: { id }, query: { cursor, size: PAGE_SIZE } },
      });
      if (!data) throw toApiError(response, error);
      return data;
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
