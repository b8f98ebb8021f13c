import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { reportKeys } from './query-keys';

export type ReportPage = components['schemas']['ReportPage'];
export type ReportSummary = components['schemas']['ReportSummary'];

const PAGE_SIZE = 20;

export async function getMyReports(cursor?: string): Promise<ReportPage> {
  const { data, error, response } = await api().GET('/api/v1/me/reports', {
    params: { query: { cursor, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export const myReportsQueryOptions = () => cursorPagesOptions(reportKeys.mine(), getMyReports);

export function useMyReports(options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...myReportsQueryOptions(), ...options });
}
