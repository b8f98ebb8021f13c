import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '../api-url';
import { db } from '../db';
import { refuse } from './admin';
import { problem } from './reports';
import { toReport } from './workspace';

type Schemas = components['schemas'];

/** The caller the fake token names (the username), once refuse() has let the request through. */
const caller = (request: Request) => request.headers.get('Authorization')!.replace(/^Bearer /, '');

/** A citizen's own messages: the fake db keeps no author, so a citizen's message on their own report is theirs. */
const ownMessages = (owner: string) => {
  const mine = new Set(db.reports.filter((r) => r.owner === owner).map((r) => r.id));
  return db.messages.filter((m) => mine.has(m.reportId) && m.authorRole === 'citizen');
};

/** The personal-data rights (UU 27/2022): a citizen's export and erasure, a guest's contact erasure with the PIN. */
export const personalDataHandlers = [
  http.get<never, never, Schemas['PersonalDataExport'] | Schemas['Problem']>(`${API_URL}/api/v1/me/data`, ({ request }) => {
    const refusal = refuse(request, ['citizen']);
    if (refusal) return refusal;
    const subject = caller(request);
    return HttpResponse.json({
      subject,
      name: null,
      email: null,
      reports: db.reports.filter((r) => r.owner === subject).map(toReport),
      messages: ownMessages(subject).map(({ reportId, body, createdAt }) => ({ reportId, body, createdAt })),
      supports: db.supports
        .filter((s) => s.user === subject)
        .map(({ reportId }) => ({ reportId, createdAt: '2026-11-29T01:15:30Z' })),
    });
  }),

  // One transaction in the real API: reports lose reporter and contact, messages their author, supports go.
  http.post<never, never, Schemas['Erasure'] | Schemas['Problem']>(`${API_URL}/api/v1/me/erasure`, ({ request }) => {
    const refusal = refuse(request, ['citizen']);
    if (refusal) return refusal;
    const subject = caller(request);
    const messages = ownMessages(subject);
    messages.forEach((m) => (m.authorRole = 'guest'));
    const reports = db.reports.filter((r) => r.owner === subject);
    reports.forEach((r) => {
      r.owner = undefined;
      r.contact = undefined;
    });
    const supports = db.supports.filter((s) => s.user === subject);
    db.supports = db.supports.filter((s) => s.user !== subject);
    return HttpResponse.json({ reports: reports.length, messages: messages.length, supports: supports.length });
  }),

  http.post<{ id: string }, never, Schemas['Erasure'] | Schemas['Problem']>(
    `${API_URL}/api/v1/reports/:id/erasure`,
    ({ request, params }) => {
      // Only the PIN opens this endpoint; citizens erase everything at once with /me/erasure.
      if (request.headers.has('Authorization')) return problem(403, 'Forbidden', { detail: 'Citizens use /api/v1/me/erasure.' });
      const pin = request.headers.get('X-Report-Pin');
      if (!pin) return problem(401, 'Unauthorized', { detail: 'The report PIN is required.' });
      const report = db.reports.find((r) => r.id === params.id && r.pin === pin);
      if (!report) return problem(404, 'Not found');
      const erased = report.contact ? 1 : 0;
      report.contact = undefined;
      return HttpResponse.json({ reports: erased, messages: 0, supports: 0 });
    },
  ),
];
