import type { components, operations } from '@/api/schema';
import { paths } from '@/config/paths';
import { channels } from '@/lib/channels';
import { reportTypes } from '@/lib/report-types';
import { addDays, bucketCount, defaultInterval, defaultPeriod, isDay, MAX_SERIES_ITEMS, today, type Interval, type Period } from './period';

type Schemas = components['schemas'];
export type ReportStatus = Schemas['ReportStatus'];

/** The filters every statistic takes; the URL uses the API's parameter names, so links carry them unchanged. */
export type StatsFilters = NonNullable<operations['getStatsSummary']['parameters']['query']> & Period;
/** The drill-down: the dashboard's filters and what narrows them to the reports behind one number. */
export type ReportQuery = Omit<NonNullable<operations['listStatsReports']['parameters']['query']>, 'cursor' | 'size'>;
export type HotspotLevel = NonNullable<NonNullable<operations['getStatsHotspots']['parameters']['query']>['level']>;
export type Deadline = NonNullable<ReportQuery['deadline']>;
export type DeadlineState = NonNullable<ReportQuery['deadlineState']>;

export const reportStatuses = [
  'SUBMITTED',
  'ON_HOLD',
  'VERIFIED',
  'FORWARDED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'ARCHIVED',
] as const satisfies readonly ReportStatus[];
/** The statuses the backlog counts as open. */
export const openStatuses = ['SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS'] as const satisfies readonly ReportStatus[];
export const hotspotLevels = ['kecamatan', 'kelurahan'] as const satisfies readonly HotspotLevel[];
const deadlines = ['verify', 'followUp'] as const satisfies readonly Deadline[];
/** A step of a deadline: ended within it, ended after it, or still running past it. */
export const deadlineStates = ['met', 'late', 'overdue'] as const satisfies readonly DeadlineState[];
const AREA = /^[0-9][0-9.]{0,19}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);
const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** Drops what is unset, so that query keys and URLs stay short and equal for equal filters. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The dashboard's filters from its query string; a missing or broken period means the last 30 days. */
export function parseFilters(params: URLSearchParams, now: string = today()): StatsFilters {
  const fallback = defaultPeriod(now);
  const to = isDay(params.get('to')) ? params.get('to')! : fallback.to;
  const from = isDay(params.get('from')) && params.get('from')! <= to ? params.get('from')! : addDays(to, -29);
  const agencyId = params.get('agencyId') || undefined;
  const categoryId = params.get('categoryId') || undefined;
  const areaCode = params.get('areaCode') ?? '';
  return defined({
    from,
    to,
    agencyId,
    // Sub-units and sub-categories are included by default; only the exception is kept.
    subAgencies: agencyId && params.get('subAgencies') === 'false' ? false : undefined,
    categoryId,
    subCategories: categoryId && params.get('subCategories') === 'false' ? false : undefined,
    channel: oneOf(channels, params.get('channel')),
    areaCode: AREA.test(areaCode) ? areaCode : undefined,
    type: oneOf(reportTypes, params.get('type')),
  });
}

/** The filters and the narrowing of a drill-down list. */
export function parseReportQuery(params: URLSearchParams, now: string = today()): ReportQuery & Period {
  const rating = Number(params.get('rating'));
  const statuses = params.getAll('status').filter((s): s is ReportStatus => oneOf(reportStatuses, s) !== undefined);
  // The API takes a deadline only with its state, and the state only with its deadline.
  const deadline = oneOf(deadlines, params.get('deadline'));
  const deadlineState = oneOf(deadlineStates, params.get('deadlineState'));
  const deadlinePair = deadline && deadlineState ? { deadline, deadlineState } : {};
  return defined({
    ...parseFilters(params, now),
    basis: oneOf(['received', 'resolved'] as const, params.get('basis')),
    status: statuses.length > 0 ? statuses : undefined,
    overdue: flag(params.get('overdue')),
    reopened: flag(params.get('reopened')),
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : undefined,
    ...deadlinePair,
  });
}

/** The series interval from the URL when the API can serve it for the period, else the default for its length. */
export function parseInterval(params: URLSearchParams, period: Period): Interval {
  const chosen = oneOf(['day', 'week', 'month'] as const, params.get('interval'));
  return chosen && bucketCount(period, chosen) <= MAX_SERIES_ITEMS ? chosen : defaultInterval(period);
}

type QueryValue = string | number | boolean | readonly string[] | undefined;

/** `?a=1&status=X&status=Y` (repeated for lists, as the API reads them); '' when empty. */
export function toSearch(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(name, v));
    else params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The drill-down list of the reports behind a number: the dashboard's filters, narrowed (or overridden) by `narrowing`. */
export const drillHref = (filters: StatsFilters, narrowing: ReportQuery = {}) =>
  paths.statsReports.getHref(toSearch({ ...filters, ...narrowing }));

/** The filters without their period: the backlog is the state today. */
export function withoutPeriod({ from: _from, to: _to, ...scope }: StatsFilters) {
  return scope;
}

export const parseLevel = (params: URLSearchParams): HotspotLevel => oneOf(hotspotLevels, params.get('level')) ?? 'kecamatan';
