import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { saveBlob } from '@/lib/save-file';
import { withoutPeriod, type HotspotLevel, type ReportQuery, type StatsFilters } from '../utils/filters';
import type { Interval } from '../utils/period';
import { unwrap } from './get-stats';

// Every statistic answers `Accept: text/csv` with the same figures as CSV (the drill-down: all of its reports).
const csv = { headers: { Accept: 'text/csv' }, parseAs: 'blob' } as const;

/** The CSV requests, through the authenticated client so the token and language go along. */
export const csvExports = {
  summary: (filters: StatsFilters) => api().GET('/api/v1/stats/summary', { params: { query: filters }, ...csv }),
  series: (filters: StatsFilters, interval: Interval) =>
    api().GET('/api/v1/stats/series', { params: { query: { ...filters, interval } }, ...csv }),
  backlog: (filters: StatsFilters) => api().GET('/api/v1/stats/backlog', { params: { query: withoutPeriod(filters) }, ...csv }),
  agencies: (filters: StatsFilters) => api().GET('/api/v1/stats/agencies', { params: { query: filters }, ...csv }),
  hotspots: (filters: StatsFilters, level: HotspotLevel) =>
    api().GET('/api/v1/stats/hotspots', { params: { query: { ...filters, level } }, ...csv }),
  reports: (query: ReportQuery) => api().GET('/api/v1/stats/reports', { params: { query }, ...csv }),
  openSummary: (period: { from: string; to: string }) => api().GET('/api/v1/open-data/summary', { params: { query: period }, ...csv }),
  openMonthly: () => api().GET('/api/v1/open-data/monthly', csv),
};

export type CsvRequest = () => Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** Fetches a CSV and saves it as `filename`. */
export const useCsvDownload = () =>
  useMutation({
    mutationFn: async ({ request, filename }: { request: CsvRequest; filename: string }) => saveBlob(await unwrap(request()), filename),
  });
