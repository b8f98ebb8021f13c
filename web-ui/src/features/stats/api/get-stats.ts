import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { withoutPeriod, type HotspotLevel, type ReportQuery, type StatsFilters } from '../utils/filters';
import type { Interval } from '../utils/period';
import { statsKeys } from './query-keys';

type Schemas = components['schemas'];
export type StatsSummary = Schemas['StatsSummary'];
export type AgencyRef = Schemas['AgencyRef'];
export type StatsFigures = Schemas['StatsFigures'];
export type StatsSeriesItem = Schemas['StatsSeriesItem'];
export type StatsBacklogBucket = Schemas['StatsBacklogBucket'];
export type StatsAgencyRank = Schemas['StatsAgencyRank'];
export type StatsHotspot = Schemas['StatsHotspot'];
export type StatsReport = Schemas['StatsReport'];

/**
 * openapi-fetch's answer as data, or the API's problem as an ApiError. The statistics also offer
 * text/csv, so the generated type of a success is "JSON or a string": a call that did not ask for CSV
 * (the default, JSON, or a blob) never gets the string.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Exclude<T, string>> {
  const { data, error, response } = await call;
  if (!data) throw toApiError(response, error);
  return data as Exclude<T, string>;
}

export const statsSummaryOptions = (filters: StatsFilters) =>
  queryOptions({
    queryKey: statsKeys.summary(filters),
    queryFn: () => unwrap(api().GET('/api/v1/stats/summary', { params: { query: filters } })),
  });

export const useStatsSummary = (filters: StatsFilters) => useQuery(statsSummaryOptions(filters));

export const useStatsSeries = (filters: StatsFilters, interval: Interval) =>
  useQuery({
    queryKey: statsKeys.series({ ...filters, interval }),
    queryFn: () => unwrap(api().GET('/api/v1/stats/series', { params: { query: { ...filters, interval } } })),
  });

/** The backlog is the state today: the period does not apply. */
export function useStatsBacklog(filters: StatsFilters) {
  const scope = withoutPeriod(filters);
  return useQuery({
    queryKey: statsKeys.backlog(scope),
    queryFn: () => unwrap(api().GET('/api/v1/stats/backlog', { params: { query: scope } })),
  });
}

export const useAgencyRanking = (filters: StatsFilters) =>
  useInfiniteQuery(
    cursorPagesOptions(statsKeys.agencies(filters), (cursor) =>
      unwrap(api().GET('/api/v1/stats/agencies', { params: { query: { ...filters, cursor } } })),
    ),
  );

export const useStatsHotspots = (filters: StatsFilters, level: HotspotLevel) =>
  useQuery({
    queryKey: statsKeys.hotspots({ ...filters, level }),
    queryFn: () => unwrap(api().GET('/api/v1/stats/hotspots', { params: { query: { ...filters, level } } })),
  });

export const useStatsReports = (query: ReportQuery) =>
  useInfiniteQuery(
    cursorPagesOptions(statsKeys.reports(query), (cursor) =>
      unwrap(api().GET('/api/v1/stats/reports', { params: { query: { ...query, cursor, size: 20 } } })),
    ),
  );

/** The public figures (no login): the summary of the whole city without confidential reports. */
export const useOpenDataSummary = (period: { from: string; to: string }) =>
  useQuery({
    queryKey: statsKeys.openSummary(period),
    queryFn: () => unwrap(api().GET('/api/v1/open-data/summary', { params: { query: period } })),
  });

/** Open data per month, category and kecamatan, for the API's default twelve months. */
export const useOpenDataMonthly = () =>
  useQuery({
    queryKey: statsKeys.openMonthly(),
    queryFn: () => unwrap(api().GET('/api/v1/open-data/monthly')),
  });
