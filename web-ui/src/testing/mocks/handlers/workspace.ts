import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '../api-url';
import { db, type StoredReport } from '../db';
import { adminDb } from './admin';
import { problem } from './reports';

type Schemas = components['schemas'];
type Status = Schemas['ReportStatus'];

/** Kota Kupang, two kecamatan deep: enough for the form's cascading selects. */
export const areas: Schemas['Area'][] = [
  { code: '53', name: 'Nusa Tenggara Timur' },
  { code: '53.71', name: 'Kota Kupang', parentCode: '53' },
  { code: '53.71.03', name: 'Oebobo', parentCode: '53.71' },
  { code: '53.71.04', name: 'Kelapa Lima', parentCode: '53.71' },
  { code: '53.71.04.1003', name: 'Oesapa', parentCode: '53.71.04' },
  { code: '53.71.04.1002', name: 'Lasiana', parentCode: '53.71.04' },
];

const PUBLIC: Status[] = ['VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
const user = (request: Request) => request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? undefined;
/** The roles loginAs registered for the caller (the fake token is the username). */
const rolesOf = (request: Request): string[] => adminDb.accounts.get(user(request) ?? '') ?? [];

/** Who may read the report, as the real API decides (officers: any report with an agency, for these tests). */
function visible(request: Request, report: StoredReport): boolean {
  const u = user(request);
  const roles = rolesOf(request);
  if (roles.includes('admin') || roles.includes('supervisor')) return true;
  if (roles.includes('officer')) return Boolean(report.currentAgencyId);
  if (u) return report.owner === u;
  const pin = request.headers.get('X-Report-Pin');
  return Boolean(pin && report.pin === pin);
}

export function toReport(r: StoredReport): Schemas['Report'] {
  const { owner: _owner, pin: _pin, ...rest } = r;
  return {
    channel: 'WEB',
    supportCount: 0,
    anonymous: false,
    confidential: false,
    overdue: false,
    escalationLevel: 0,
    reopened: false,
    ...rest,
  };
}

export function addEvent(reportId: string, type: Schemas['ReportEvent']['type'], actorRole: Schemas['ReportEvent']['actorRole'], details: Record<string, unknown> = {}, toStatus?: Status) {
  const seq = db.events.filter((e) => e.reportId === reportId).length + 1;
  db.events.push({ reportId, seq, type, at: new Date(Date.UTC(2026, 10, 29, 2, seq)).toISOString(), actorRole, details, toStatus });
}

const page = <T,>(items: T[]) => HttpResponse.json({ items, nextCursor: null });

/** Attachments by report, for the tests that need some (the list is empty otherwise). */
export const attachmentsDb: (Schemas['Attachment'] & { reportId: string })[] = [];

function find(request: Request, id: string) {
  const report = db.reports.find((r) => r.id === id);
  return report && visible(request, report) ? report : undefined;
}

/** A lifecycle step: who may take it, from which statuses, and what it changes. */
function step(path: string, role: string | null, from: Status[], apply: (r: StoredReport, body: Record<string, unknown>) => { type: Schemas['ReportEvent']['type']; to?: Status; details?: Record<string, unknown> }) {
  return http.post<{ id: string }, Record<string, unknown>>(`${API_URL}/api/v1/reports/:id/${path}`, async ({ request, params }) => {
    const report = find(request, params.id);
    if (!report) return problem(404, 'Not found');
    if (role && !rolesOf(request).includes(role)) return problem(403, 'Forbidden');
    if (!from.includes(report.status)) return problem(409, 'Conflict', { detail: `Not allowed while ${report.status}.` });
    const body = await request.json();
    const change = apply(report, body);
    if (change.to) report.status = change.to;
    addEvent(report.id, change.type, role ? (role as 'admin') : user(request) ? 'citizen' : 'guest', change.details ?? body, change.to);
    return HttpResponse.json(toReport(report));
  });
}

export const workspaceHandlers = [
  http.get(`${API_URL}/api/v1/areas`, ({ request }) => {
    const parent = new URL(request.url).searchParams.get('parentCode') ?? undefined;
    return page(areas.filter((a) => a.parentCode === parent).sort((a, b) => a.code.localeCompare(b.code)));
  }),

  http.get(`${API_URL}/api/v1/reports/public`, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const q = params.get('q')?.toLowerCase();
    const words = q ? q.split(/\s+/).filter((w) => w.length >= 3) : [];
    const items = db.reports
      .filter((r) => PUBLIC.includes(r.status) && !r.confidential)
      .filter((r) => words.length === 0 || words.some((w) => `${r.title} ${r.description}`.toLowerCase().includes(w)))
      .filter((r) => !params.get('status') || r.status === params.get('status'))
      .map(({ id, trackingCode, type, status, title, description, supportCount = 0, createdAt, updatedAt }) => ({
        id, trackingCode, type, status, title, description, supportCount, createdAt, updatedAt,
      }));
    return page(items.slice(0, Number(params.get('size') ?? 20)));
  }),

  // Like the API: public reports holding any of the words, those in the kelurahan first, then the newest.
  http.get(`${API_URL}/api/v1/reports/similar`, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const q = params.get('q')?.trim().toLowerCase();
    if (!q) return problem(400, 'Invalid request', { violations: [{ field: 'q', message: 'is required' }] });
    const words = q.split(/\s+/).filter((w) => w.length >= 3);
    const kelurahan = params.get('kelurahanCode');
    const items = db.reports
      .filter((r) => PUBLIC.includes(r.status) && !r.confidential)
      .filter((r) => words.some((w) => `${r.title} ${r.description}`.toLowerCase().includes(w)))
      .sort((a, b) => Number(b.location?.kelurahanCode === kelurahan) - Number(a.location?.kelurahanCode === kelurahan)
        || b.createdAt.localeCompare(a.createdAt))
      .map(({ id, trackingCode, type, status, title, description, supportCount = 0, createdAt, updatedAt }) => ({
        id, trackingCode, type, status, title, description, supportCount, createdAt, updatedAt,
      }));
    return page(items.slice(0, Number(params.get('size') ?? 5)));
  }),

  http.post<{ id: string }>(`${API_URL}/api/v1/reports/:id/supports`, ({ request, params }) => {
    const u = user(request);
    if (!u) return problem(401, 'Unauthorized');
    const report = db.reports.find((r) => r.id === params.id && PUBLIC.includes(r.status));
    if (!report) return problem(404, 'Not found');
    if (db.supports.some((s) => s.reportId === report.id && s.user === u)) return problem(409, 'Conflict', { detail: 'Already supported.' });
    db.supports.push({ reportId: report.id, user: u });
    report.supportCount = (report.supportCount ?? 0) + 1;
    const { id, trackingCode, type, status, title, description, createdAt, updatedAt } = report;
    return HttpResponse.json({ id, trackingCode, type, status, title, description, supportCount: report.supportCount, createdAt, updatedAt }, { status: 201 });
  }),

  http.post<{ trackingCode: string }, { pin: string }>(`${API_URL}/api/v1/reports/track/:trackingCode/access`, async ({ request, params }) => {
    const { pin } = await request.json();
    const report = db.reports.find((r) => r.trackingCode === params.trackingCode && r.pin === pin);
    return report ? HttpResponse.json(toReport(report)) : problem(404, 'Not found', { detail: 'No report with this code and PIN.' });
  }),

  http.get(`${API_URL}/api/v1/inbox`, ({ request }) => {
    const roles = rolesOf(request);
    if (!user(request)) return problem(401, 'Unauthorized');
    if (roles.length === 0 || roles.includes('citizen')) return problem(403, 'Forbidden');
    const queue: Status[] = roles.includes('officer') ? ['FORWARDED', 'IN_PROGRESS'] : ['SUBMITTED', 'VERIFIED'];
    const status = new URL(request.url).searchParams.get('status') as Status | null;
    const items = db.reports
      .filter((r) => (status ? r.status === status : queue.includes(r.status)))
      .map((r, i) => ({
        id: r.id, trackingCode: r.trackingCode, type: r.type, status: r.status, title: r.title,
        overdue: r.overdue ?? false, escalationLevel: r.escalationLevel ?? 0, reopened: r.reopened ?? false,
        createdAt: r.createdAt, dueAt: r.createdAt, workingDaysLeft: r.overdue ? -2 : i,
      }));
    return page(items);
  }),

  http.get<{ id: string }>(`${API_URL}/api/v1/reports/:id`, ({ request, params }) => {
    const report = find(request, params.id);
    return report ? HttpResponse.json(toReport(report)) : problem(404, 'Not found');
  }),
  http.get<{ id: string }>(`${API_URL}/api/v1/reports/:id/events`, ({ request, params }) =>
    find(request, params.id) ? page(db.events.filter((e) => e.reportId === params.id).map(({ reportId: _r, ...e }) => e)) : problem(404, 'Not found'),
  ),
  http.get<{ id: string }>(`${API_URL}/api/v1/reports/:id/messages`, ({ request, params }) => {
    if (!find(request, params.id)) return problem(404, 'Not found');
    const official = rolesOf(request).some((r) => r !== 'citizen');
    return page(db.messages.filter((m) => m.reportId === params.id && (official || !m.internal)).map(({ reportId: _r, ...m }) => m));
  }),
  http.get<{ id: string }>(`${API_URL}/api/v1/reports/:id/attachments`, ({ request, params }) =>
    find(request, params.id)
      ? page(attachmentsDb.filter((a) => a.reportId === params.id).map(({ reportId: _r, ...a }) => a))
      : problem(404, 'Not found'),
  ),
  http.get<{ id: string; attachmentId: string }>(`${API_URL}/api/v1/reports/:id/attachments/:attachmentId`, ({ request, params }) =>
    find(request, params.id) && attachmentsDb.some((a) => a.id === params.attachmentId)
      ? new HttpResponse(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), { headers: { 'Content-Type': 'image/jpeg' } })
      : problem(404, 'Not found'),
  ),
  http.post<{ id: string }, Schemas['MessageInput']>(`${API_URL}/api/v1/reports/:id/messages`, async ({ request, params }) => {
    const report = find(request, params.id);
    if (!report) return problem(404, 'Not found');
    const body = await request.json();
    if (!body.body?.trim()) return problem(400, 'Invalid request', { violations: [{ field: 'body', message: 'is required' }] });
    const roles = rolesOf(request);
    const message: Schemas['Message'] = {
      id: crypto.randomUUID(), internal: Boolean(body.internal), body: body.body,
      authorRole: roles.includes('admin') ? 'admin' : roles.includes('officer') ? 'officer' : user(request) ? 'citizen' : 'guest',
      createdAt: new Date(Date.UTC(2026, 10, 29, 3, db.messages.length)).toISOString(),
    };
    db.messages.push({ ...message, reportId: report.id });
    addEvent(report.id, 'MESSAGE_POSTED', message.authorRole, { messageId: message.id, internal: message.internal });
    return HttpResponse.json(message, { status: 201 });
  }),

  step('verification', 'admin', ['SUBMITTED', 'ON_HOLD'], (r, b) => {
    const { publicPhotoIds, ...rest } = b as { publicPhotoIds?: string[] };
    Object.assign(r, rest);
    if (publicPhotoIds) attachmentsDb.filter((a) => a.reportId === r.id).forEach((a) => { a.public = publicPhotoIds.includes(a.id); });
    return { type: 'VERIFIED', to: 'VERIFIED' };
  }),
  step('forwards', null, ['VERIFIED', 'FORWARDED', 'IN_PROGRESS'], (r, b) => {
    r.currentAgencyId = b.agencyId as string;
    return { type: 'FORWARDED', to: 'FORWARDED' };
  }),
  step('follow-ups', 'officer', ['FORWARDED', 'IN_PROGRESS'], () => ({ type: 'FOLLOWED_UP', to: 'IN_PROGRESS' })),
  step('resolution', 'officer', ['IN_PROGRESS'], () => ({ type: 'RESOLVED', to: 'RESOLVED' })),
  step('returns', 'officer', ['FORWARDED', 'IN_PROGRESS'], () => ({ type: 'RETURNED', to: 'SUBMITTED' })),
  step('hold', 'admin', ['SUBMITTED', 'VERIFIED'], () => ({ type: 'HELD', to: 'ON_HOLD' })),
  step('archive', 'admin', ['SUBMITTED', 'ON_HOLD', 'VERIFIED'], () => ({ type: 'ARCHIVED', to: 'ARCHIVED' })),
  step('confirmation', null, ['RESOLVED'], (r, b) => {
    r.rating = b.rating as number;
    return { type: 'CONFIRMED', to: 'CLOSED' };
  }),
  step('dispute', null, ['RESOLVED'], () => ({ type: 'DISPUTED', to: 'IN_PROGRESS' })),
  step('moderation', 'admin', [...PUBLIC, 'SUBMITTED', 'ON_HOLD', 'ARCHIVED'], (r, b) => {
    const fields = ['publicTitle', 'publicDescription', 'publicPhotoIds'].filter((f) => b[f] !== undefined);
    if (typeof b.publicTitle === 'string') r.publicTitle = b.publicTitle;
    if (typeof b.publicDescription === 'string') r.publicDescription = b.publicDescription;
    const photos = b.publicPhotoIds as string[] | undefined;
    if (photos) attachmentsDb.filter((a) => a.reportId === r.id).forEach((a) => { a.public = photos.includes(a.id); });
    return { type: 'MODERATED', details: { fields, ...(b.reason ? { reason: b.reason } : {}) } };
  }),
];
