import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import { addDays, bucketCount, bucketPeriod, MAX_SERIES_ITEMS, monday, periodLength, today, type Interval, type Period } from '@/features/stats/utils/period';
import { descendantIds } from '@/lib/tree';
import { API_URL } from '../api-url';
import { adminDb, refuse, seedIds } from './admin';
import { problem } from './reports';
import { areas } from './workspace';

type Schemas = components['schemas'];
type Status = Schemas['ReportStatus'];
/** A report as the statistics read it, with what the API keeps beside it: the day of its latest resolution and whether its current step is late. */
export type StatsFact = Schemas['StatsReport'] & { resolvedOn?: string; overdue: boolean };

const STATUSES: Status[] = ['SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ARCHIVED'];
const OPEN: Status[] = ['SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS'];
/** Statuses before the disposition: verification has not ended. */
const VERIFYING: Status[] = ['SUBMITTED', 'ON_HOLD', 'VERIFIED'];
const OFFICIALS = ['officer', 'admin', 'supervisor'] as const;
const day = (iso: string) => iso.slice(0, 10);

/** Every officer of the fake API works for Dinas Kesehatan (with its sub-unit Puskesmas Oebobo). */
const OFFICER_AGENCY = seedIds.dinkes;

/** A deterministic, plausible history: 160 reports over the last five months, older ones mostly closed. */
function generate(now: string): StatsFact[] {
  let seed = 20261130;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const titles = ['Jalan berlubang', 'Lampu jalan mati', 'Antrean puskesmas panjang', 'Saluran air tersumbat', 'Sampah tidak diangkut'];
  const places = [['53.71.03'], ['53.71.04', '53.71.04.1003'], ['53.71.04', '53.71.04.1002']] as const;
  return Array.from({ length: 160 }, (_, i) => {
    const age = Math.floor(random() * 150);
    const received = addDays(now, -age);
    const categoryId = pick([seedIds.catJalan, seedIds.catJalan, seedIds.catKesehatan, seedIds.catInfra]);
    const agencyId = categoryId === seedIds.catKesehatan ? pick([seedIds.dinkes, seedIds.pkmOebobo]) : seedIds.pupr;
    const [kecamatanCode, kelurahanCode] = pick(places);
    const status: Status =
      age < 3 ? pick(['SUBMITTED', 'VERIFIED']) : age < 12 ? pick(['ON_HOLD', 'FORWARDED', 'IN_PROGRESS', 'IN_PROGRESS']) : pick(['RESOLVED', 'CLOSED', 'CLOSED', 'CLOSED', 'ARCHIVED', 'IN_PROGRESS']);
    const forwarded = !VERIFYING.includes(status) && status !== 'ARCHIVED';
    const followedUp = forwarded && status !== 'FORWARDED';
    const resolved = status === 'RESOLVED' || status === 'CLOSED';
    const verifyDays = VERIFYING.includes(status) ? undefined : Math.floor(random() * 6);
    const followUpDays = followedUp ? Math.floor(random() * 9) : undefined;
    const resolutionDays = resolved ? (verifyDays ?? 0) + (followUpDays ?? 0) + Math.floor(random() * 6) : undefined;
    const resolvedOn = resolutionDays === undefined ? undefined : [addDays(received, Math.round(resolutionDays * 1.4)), now].sort()[0];
    return {
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      trackingCode: `ST${String(i).padStart(6, '0')}`,
      type: pick(['COMPLAINT', 'COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST'] as const),
      channel: 'WEB',
      status,
      title: `${pick(titles)} ${i}`,
      receivedAt: `${received}T0${i % 9}:15:00Z`,
      categoryId,
      ...(forwarded ? { agencyId } : {}),
      kecamatanCode,
      ...(kelurahanCode ? { kelurahanCode } : {}),
      ...(verifyDays === undefined ? {} : { verifyDays, verifyMet: verifyDays <= 3 }),
      ...(followUpDays === undefined ? {} : { followUpDays, followUpMet: followUpDays <= 5 }),
      ...(resolutionDays === undefined ? {} : { resolutionDays }),
      reopened: resolved && random() < 0.08,
      ...(status === 'CLOSED' && random() < 0.6 ? { rating: pick([2, 3, 4, 4, 5, 5, 5]) } : {}),
      confidential: random() < 0.1,
      resolvedOn,
      overdue: OPEN.includes(status) && age > (VERIFYING.includes(status) ? 4 : 7),
    };
  });
}

/** The fake API's report facts, reset after every test; tests may replace them (see seedStatsReport). */
export const statsDb = { reports: generate(today()) };

export function resetStatsDb(): void {
  statsDb.reports = generate(today());
}

let seeded = 0;

/** Adds one report fact (received on 10 November 2026 unless told otherwise). */
export function seedStatsReport(overrides: Partial<StatsFact> = {}): StatsFact {
  seeded += 1;
  const fact: StatsFact = {
    id: crypto.randomUUID(),
    trackingCode: `SD${String(seeded).padStart(6, '0')}`,
    type: 'COMPLAINT',
    channel: 'WEB',
    status: 'SUBMITTED',
    title: `Laporan uji ${seeded}`,
    receivedAt: '2026-11-10T02:00:00Z',
    reopened: false,
    confidential: false,
    overdue: false,
    ...overrides,
  };
  statsDb.reports.push(fact);
  return fact;
}

// Reading the query

type Query = URLSearchParams;
type Invalid = { field: string; message: string };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period of the request (29 days up to today by default), or the violations the API would list. */
function periodOf(query: Query): Period | Invalid[] {
  const to = query.get('to') ?? today();
  const from = query.get('from') ?? addDays(to, -29);
  const violations: Invalid[] = [];
  if (!DAY.test(from)) violations.push({ field: 'from', message: 'must be a date' });
  if (!DAY.test(to)) violations.push({ field: 'to', message: 'must be a date' });
  if (violations.length === 0 && from > to) violations.push({ field: 'from', message: 'must not be after to' });
  // The API allows up to 3 × 366 days.
  if (violations.length === 0 && periodLength({ from, to }) > 1098) violations.push({ field: 'from', message: 'must be at most 3 years before to' });
  return violations.length > 0 ? violations : { from, to };
}

const invalid = (violations: Invalid[]) => problem(400, 'Invalid request', { violations });
/** The period of equal length that ends the day before. */
const previousOf = (period: Period): Period => {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(periodLength(period) - 1)), to };
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

/** An officer's own agency, whose subtree their statistics cover; none for admins and supervisors, who see every agency. */
function ownAgencyOf(request: Request): Schemas['AgencyRef'] | undefined {
  const username = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
  const roles = adminDb.accounts.get(username) ?? [];
  const officer = roles.includes('officer') && !roles.includes('admin') && !roles.includes('supervisor');
  const agency = officer ? adminDb.agencies.find((a) => a.id === OFFICER_AGENCY) : undefined;
  return agency && { id: agency.id, code: agency.code, name: agency.name };
}

/** The filters shared by every statistic; officers see their agency and its sub-units only. */
function scopeOf(request: Request, query: Query): ((fact: StatsFact) => boolean) | Response {
  const ownAgency = ownAgencyOf(request);
  const own = ownAgency ? descendantIds(adminDb.agencies, ownAgency.id) : undefined;
  const agencyId = query.get('agencyId');
  // As the API: another agency is answered as if it did not exist.
  if (own && agencyId && !own.has(agencyId)) return problem(404, 'Not found', { detail: 'No agency with this id.' });
  const agencies = agencyId ? (query.get('subAgencies') === 'false' ? new Set([agencyId]) : descendantIds(adminDb.agencies, agencyId)) : own;
  const categoryId = query.get('categoryId');
  // Hotspots count exact categories: subCategories=false matches them.
  const categories = categoryId ? (query.get('subCategories') === 'false' ? new Set([categoryId]) : descendantIds(adminDb.categories, categoryId)) : undefined;
  const { channel, type, areaCode } = Object.fromEntries(['channel', 'type', 'areaCode'].map((name) => [name, query.get(name)]));
  return (fact) =>
    (!agencies || (fact.agencyId !== undefined && agencies.has(fact.agencyId))) &&
    (!categories || (fact.categoryId !== undefined && categories.has(fact.categoryId))) &&
    (!channel || fact.channel === channel) &&
    (!type || fact.type === type) &&
    (!areaCode || fact.kecamatanCode === areaCode || fact.kelurahanCode === areaCode);
}

const within = (value: string | undefined, { from, to }: Period) => value !== undefined && value >= from && value <= to;
const receivedIn = (period: Period) => (fact: StatsFact) => within(day(fact.receivedAt), period);

// Figures

/** Nearest-rank percentile of whole days, as the API computes it. */
function percentile(sorted: number[], p: number): number | null {
  return sorted.length === 0 ? null : sorted[Math.ceil(p * sorted.length) - 1];
}

function duration(values: (number | undefined)[]): Schemas['StatsDuration'] {
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  return { count: sorted.length, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

/** A step still running past its deadline, as the API counts it. */
const runningLate = (r: StatsFact, step: 'verify' | 'followUp') =>
  r[`${step}Met`] === undefined && r.overdue && (step === 'verify' ? ['SUBMITTED', 'VERIFIED'] : ['FORWARDED']).includes(r.status);

const DEADLINES = ['verify', 'followUp'] as const;
const DEADLINE_STATES = ['met', 'late', 'overdue'] as const;

/** Whether a report's step of a deadline is in a state: ended within it, ended after it, or still running past it. */
const inDeadlineState = (r: StatsFact, step: (typeof DEADLINES)[number], state: (typeof DEADLINE_STATES)[number]) =>
  state === 'met' ? r[`${step}Met`] === true : state === 'late' ? r[`${step}Met`] === false : runningLate(r, step);

/** The counts of a deadline; the drill-down's deadlineState matches the same reports. */
function compliance(rows: StatsFact[], step: (typeof DEADLINES)[number]): Schemas['StatsCompliance'] {
  const [met, late, overdue] = DEADLINE_STATES.map((state) => rows.filter((r) => inDeadlineState(r, step, state)).length);
  const all = met + late + overdue;
  return { met, late, overdue, share: all === 0 ? null : met / all };
}

function figures(rows: StatsFact[]): Schemas['StatsFigures'] {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Schemas['StatsFigures']['byStatus'];
  const resolvedOnce = rows.filter((r) => r.resolvedOn !== undefined || r.reopened).length;
  const reopened = rows.filter((r) => r.reopened).length;
  const closed = rows.filter((r) => r.status === 'CLOSED');
  const ratings = closed.map((r) => r.rating).filter((v): v is number => v !== undefined);
  return {
    received: rows.length,
    byStatus,
    durations: {
      verify: duration(rows.map((r) => r.verifyDays)),
      followUp: duration(rows.map((r) => r.followUpDays)),
      resolution: duration(rows.map((r) => r.resolutionDays)),
    },
    deadlines: { verify: compliance(rows, 'verify'), followUp: compliance(rows, 'followUp') },
    reopened,
    reopenRate: resolvedOnce === 0 ? null : reopened / resolvedOnce,
    satisfaction: {
      responses: ratings.length,
      closed: closed.length,
      responseRate: closed.length === 0 ? null : ratings.length / closed.length,
      mean: ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length,
      distribution: [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length),
    },
  };
}

function summary(rows: StatsFact[], period: Period): Schemas['StatsSummary'] {
  const previousPeriod = previousOf(period);
  return {
    period,
    previousPeriod,
    current: figures(rows.filter(receivedIn(period))),
    previous: figures(rows.filter(receivedIn(previousPeriod))),
  };
}

const wantsCsv = (request: Request) => request.headers.get('Accept')?.includes('text/csv') ?? false;
const csv = (header: string[], rows: unknown[][]) =>
  // CRLF lines, as the API writes them (RFC 4180).
  new HttpResponse([header, ...rows].map((row) => `${row.map((v) => (v == null ? '' : String(v))).join(',')}\r\n`).join(''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

function summaryCsv({ period, previousPeriod, current, previous }: Schemas['StatsSummary']) {
  const lines = (name: string, p: Period, f: Schemas['StatsFigures']) => [
    [name, p.from, p.to, 'received', f.received],
    ...STATUSES.map((s) => [name, p.from, p.to, `status.${s}`, f.byStatus[s]]),
    [name, p.from, p.to, 'verify.median', f.durations.verify.median],
  ];
  return csv(['period', 'from', 'to', 'metric', 'value'], [...lines('current', period, current), ...lines('previous', previousPeriod, previous)]);
}

/** Keyset paging by id, as the API's lists do. */
function page<T extends { id: string }>(query: Query, items: T[]) {
  const size = Number(query.get('size') ?? 20);
  const cursor = query.get('cursor');
  const start = cursor ? items.findIndex((item) => item.id === cursor) + 1 : 0;
  const slice = items.slice(start, start + size);
  return { items: slice, nextCursor: start + size < items.length ? slice[slice.length - 1].id : null };
}

/** Runs a statistic for an official with the shared filters and period applied, or answers the refusal. */
function official(handler: (args: { request: Request; query: Query; rows: StatsFact[]; period: Period }) => Response) {
  return ({ request }: { request: Request }) => {
    const refused = refuse(request, OFFICIALS);
    if (refused) return refused;
    const query = new URL(request.url).searchParams;
    const period = periodOf(query);
    if (Array.isArray(period)) return invalid(period);
    const scope = scopeOf(request, query);
    if (scope instanceof Response) return scope;
    return handler({ request, query, rows: statsDb.reports.filter(scope), period });
  };
}

function series(rows: StatsFact[], period: Period, interval: Interval): Schemas['StatsSeriesItem'][] {
  const first = interval === 'day' ? period.from : interval === 'week' ? monday(period.from) : `${period.from.slice(0, 8)}01`;
  const items: Schemas['StatsSeriesItem'][] = [];
  for (let start = first; start <= period.to; ) {
    const days = bucketPeriod(start, interval, period);
    items.push({
      start,
      received: rows.filter((r) => within(day(r.receivedAt), days)).length,
      resolved: rows.filter((r) => within(r.resolvedOn, days)).length,
    });
    start = addDays(bucketPeriod(start, interval, { from: start, to: '9999-12-31' }).to, 1);
  }
  return items;
}

function ranking(rows: StatsFact[]): Schemas['StatsAgencyRank'][] {
  const scored = groupBy(
    rows.filter((r) => r.agencyId),
    (r) => r.agencyId!,
  ).map(([agencyId, mine]) => {
    const agency = adminDb.agencies.find((a) => a.id === agencyId)!;
    const f = figures(mine);
    const resolved = f.byStatus.RESOLVED + f.byStatus.CLOSED;
    const parts = [
      [0.4, f.deadlines.followUp.share],
      [0.3, resolved / mine.length],
      [0.2, f.satisfaction.mean == null ? null : (f.satisfaction.mean - 1) / 4],
      [0.1, f.reopenRate == null ? null : 1 - f.reopenRate],
    ].filter((p): p is [number, number] => p[1] != null);
    const weight = parts.reduce((n, [w]) => n + w, 0);
    return {
      agency: { id: agency.id, code: agency.code, name: agency.name },
      received: mine.length,
      resolved,
      followUpShare: f.deadlines.followUp.share,
      resolutionShare: resolved / mine.length,
      satisfactionMean: f.satisfaction.mean,
      reopenRate: f.reopenRate,
      score: Math.round((100 * parts.reduce((n, [w, v]) => n + w * v, 0)) / weight * 10) / 10,
    };
  });
  scored.sort((a, b) => b.score - a.score || b.received - a.received || a.agency.code.localeCompare(b.agency.code));
  return scored.map((row, i) => ({ rank: i + 1, ...row }));
}

function hotspots(rows: StatsFact[], period: Period, level: string, size: number): Schemas['StatsHotspot'][] {
  const areaOf = (r: StatsFact) => (level === 'kelurahan' ? r.kelurahanCode : r.kecamatanCode);
  const key = (r: StatsFact) => `${areaOf(r)}|${r.categoryId}`;
  const located = rows.filter((r) => areaOf(r) && r.categoryId);
  const previous = located.filter(receivedIn(previousOf(period)));
  return groupBy(located.filter(receivedIn(period)), key)
    .map(([, mine]) => {
      const category = adminDb.categories.find((c) => c.id === mine[0].categoryId)!;
      const areaCode = areaOf(mine[0])!;
      return {
        areaCode,
        areaName: areas.find((a) => a.code === areaCode)?.name ?? null,
        categoryId: category.id,
        categoryCode: category.code,
        categoryName: category.name,
        received: mine.length,
        previous: previous.filter((r) => key(r) === key(mine[0])).length,
      };
    })
    .sort((a, b) => b.received - a.received || a.areaCode.localeCompare(b.areaCode))
    .slice(0, size);
}

/**
 * The drill-down's narrowing: status, overdue, reopened, rating, and a deadline with its state (the pair
 * together, or the violations the API would list).
 */
function narrowing(query: Query): ((fact: StatsFact) => boolean) | Invalid[] {
  const statuses = query.getAll('status');
  const flag = (name: string) => (query.get(name) === null ? undefined : query.get(name) === 'true');
  const [overdue, reopened] = [flag('overdue'), flag('reopened')];
  const rating = query.get('rating');
  const deadline = DEADLINES.find((d) => d === query.get('deadline'));
  const state = DEADLINE_STATES.find((d) => d === query.get('deadlineState'));
  const violations: Invalid[] = [];
  if (query.has('deadline') && !deadline) violations.push({ field: 'deadline', message: 'must be one of verify, followUp' });
  if (query.has('deadlineState') && !state) violations.push({ field: 'deadlineState', message: 'must be one of met, late, overdue' });
  if (violations.length === 0 && query.has('deadline') !== query.has('deadlineState')) {
    const missing = query.has('deadline') ? 'deadlineState' : 'deadline';
    violations.push({ field: missing, message: `is required with ${missing === 'deadline' ? 'deadlineState' : 'deadline'}` });
  }
  if (violations.length > 0) return violations;
  return (r: StatsFact) =>
    (statuses.length === 0 || statuses.includes(r.status)) &&
    (overdue === undefined || (OPEN.includes(r.status) && r.overdue === overdue)) &&
    (reopened === undefined || r.reopened === reopened) &&
    (rating === null || r.rating === Number(rating)) &&
    (!deadline || !state || inDeadlineState(r, deadline, state));
}

const STATS = `${API_URL}/api/v1/stats`;
const OPEN_DATA = `${API_URL}/api/v1/open-data`;
const REPORT_COLUMNS = ['trackingCode', 'receivedAt', 'type', 'status', 'title', 'verifyDays', 'followUpDays', 'resolutionDays', 'rating'] as const;

/** The statistics and open data, computed from statsDb like the API computes them from its facts. */
export const statsHandlers = [
  http.get(
    `${STATS}/summary`,
    official(({ request, rows, period }) => {
      const agency = ownAgencyOf(request);
      const body = { ...(agency ? { agency } : {}), ...summary(rows, period) };
      return wantsCsv(request) ? summaryCsv(body) : HttpResponse.json(body);
    }),
  ),

  http.get(
    `${STATS}/series`,
    official(({ request, query, rows, period }) => {
      const interval = (query.get('interval') ?? 'day') as Interval;
      if (bucketCount(period, interval) > MAX_SERIES_ITEMS) return invalid([{ field: 'interval', message: 'too many items; choose a longer interval' }]);
      const items = series(rows, period, interval);
      if (wantsCsv(request)) return csv(['start', 'received', 'resolved'], items.map((i) => [i.start, i.received, i.resolved]));
      return HttpResponse.json({ interval, period, items });
    }),
  ),

  http.get(
    `${STATS}/backlog`,
    official(({ request, rows }) => {
      const now = today();
      const buckets = [
        ['0-7', 0, 7],
        ['8-30', 8, 30],
        ['31-90', 31, 90],
        ['91+', 91, null],
      ] as const;
      const open = rows.filter((r) => OPEN.includes(r.status));
      const items = buckets.map(([bucket, minDays, maxDays]) => {
        const mine = open.filter((r) => {
          const age = periodLength({ from: day(r.receivedAt), to: now }) - 1;
          return age >= minDays && (maxDays === null || age <= maxDays);
        });
        return { bucket, minDays, maxDays, open: mine.length, overdue: mine.filter((r) => r.overdue).length };
      });
      if (wantsCsv(request)) return csv(['bucket', 'minDays', 'maxDays', 'open', 'overdue'], items.map((b) => Object.values(b)));
      return HttpResponse.json({ asOf: `${now}T00:00:00Z`, items });
    }),
  ),

  http.get(
    `${STATS}/agencies`,
    official(({ request, query, rows, period }) => {
      const all = ranking(rows.filter(receivedIn(period)));
      if (wantsCsv(request)) {
        return csv(['rank', 'agencyCode', 'agencyName', 'received', 'resolved', 'score'], all.map((r) => [r.rank, r.agency.code, r.agency.name, r.received, r.resolved, r.score]));
      }
      const { items, nextCursor } = page(
        query,
        all.map((row) => ({ ...row, id: row.agency.id })),
      );
      return HttpResponse.json({ period, items: items.map(({ id: _id, ...row }) => row), nextCursor });
    }),
  ),

  http.get(
    `${STATS}/hotspots`,
    official(({ request, query, rows, period }) => {
      const level = query.get('level') ?? 'kecamatan';
      const items = hotspots(rows, period, level, Number(query.get('size') ?? 20));
      if (wantsCsv(request)) {
        return csv(['areaCode', 'areaName', 'categoryCode', 'categoryName', 'received', 'previous'], items.map((h) => [h.areaCode, h.areaName, h.categoryCode, h.categoryName, h.received, h.previous]));
      }
      return HttpResponse.json({ period, level, items });
    }),
  ),

  http.get(
    `${STATS}/reports`,
    official(({ request, query, rows, period }) => {
      const narrowed = narrowing(query);
      if (Array.isArray(narrowed)) return invalid(narrowed);
      const basis = query.get('basis') === 'resolved' ? (r: StatsFact) => within(r.resolvedOn, period) : receivedIn(period);
      const matching = rows.filter(basis).filter(narrowed).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      if (wantsCsv(request)) return csv([...REPORT_COLUMNS], matching.map((r) => REPORT_COLUMNS.map((c) => r[c])));
      const { items, nextCursor } = page(query, matching);
      return HttpResponse.json({ items: items.map(({ resolvedOn: _d, overdue: _o, ...report }) => report), nextCursor });
    }),
  ),

  http.get(`${OPEN_DATA}/summary`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const period = periodOf(query);
    if (Array.isArray(period)) return invalid(period);
    const categoryId = query.get('categoryId');
    const categories = categoryId ? descendantIds(adminDb.categories, categoryId) : undefined;
    const rows = statsDb.reports.filter((r) => !r.confidential && (!categories || (r.categoryId && categories.has(r.categoryId))));
    const body = summary(rows, period);
    return wantsCsv(request) ? summaryCsv(body) : HttpResponse.json(body, { headers: { ETag: 'W/"mock"', 'Cache-Control': 'public, max-age=300' } });
  }),

  http.get(`${OPEN_DATA}/monthly`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const to = query.get('to') ?? today().slice(0, 7);
    const from = query.get('from') ?? day(new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 12, 1)).toISOString()).slice(0, 7);
    const topCategory = (id?: string) => {
      let category = adminDb.categories.find((c) => c.id === id);
      while (category?.parentId) category = adminDb.categories.find((c) => c.id === category!.parentId);
      return category;
    };
    const rows = statsDb.reports.filter((r) => !r.confidential && r.receivedAt.slice(0, 7) >= from && r.receivedAt.slice(0, 7) <= to);
    const items = groupBy(rows, (r) => `${r.receivedAt.slice(0, 7)}|${topCategory(r.categoryId)?.code ?? ''}|${r.kecamatanCode ?? ''}`)
      .map(([key, mine]) => {
        const [month, categoryCode, kecamatanCode] = key.split('|');
        return {
          month,
          categoryCode,
          categoryName: topCategory(mine[0].categoryId)?.name ?? '',
          kecamatanCode,
          kecamatanName: areas.find((a) => a.code === kecamatanCode)?.name ?? '',
          received: mine.length,
          resolved: mine.filter((r) => r.status === 'RESOLVED' || r.status === 'CLOSED').length,
          archived: mine.filter((r) => r.status === 'ARCHIVED').length,
        };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.categoryCode.localeCompare(b.categoryCode) || a.kecamatanCode.localeCompare(b.kecamatanCode));
    if (wantsCsv(request)) {
      const columns = ['month', 'categoryCode', 'categoryName', 'kecamatanCode', 'kecamatanName', 'received', 'resolved', 'archived'] as const;
      return csv([...columns], items.map((row) => columns.map((c) => row[c])));
    }
    return HttpResponse.json({ from, to, items });
  }),
];
