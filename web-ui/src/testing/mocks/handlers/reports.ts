import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import type { components } from '@/api/schema';
import { db, nextTrackingCode, type StoredReport } from '../db';
import { API_URL } from '../api-url';
import { sha256 } from '@noble/hashes/sha2.js';
import { leadingZeroBits } from '@/features/offline/utils/proof-of-work';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];

const problemHeaders = { 'Content-Type': 'application/problem+json' };

export const problem = (status: number, title: string, extra: Partial<Problem> = {}) =>
  HttpResponse.json<Problem>({ type: 'about:blank', title, status, ...extra }, { status, headers: problemHeaders });

const normalize = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** The authenticated caller as the real API would see it; the tests' fake token is the username. */
const caller = (request: Request) => request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? undefined;

/**
 * Idempotency-Keys seen by the fake API: scope (caller or "guest") + key -> the report and the body it came with.
 * Entries whose report is gone (resetDb after each test) are stale and ignored.
 */
const idempotencyKeys = new Map<string, { reportId: string; body: string }>();

const receiptOf = ({ id, trackingCode, status, type, title, createdAt }: StoredReport, guest: boolean): Schemas['ReportReceipt'] => ({
  id,
  trackingCode,
  status,
  type,
  title,
  createdAt,
  // The real API hands out a fresh PIN on a replay, replacing the first (see openapi.yaml).
  ...(guest ? { pin: '482913' } : {}),
});

/** The fake API asks guests for 8 bits (the real one's default is 18); setup-tests lets the SPA know. */
export const MOCK_PROOF_BITS = 8;

/** The real API's rule (common/limit/ProofOfWork): a stamp for this key, at most a day old, with enough zero bits. */
function checkProofOfWork(key: string | null, stamp: string | null) {
  const serverTime = Math.floor(Date.now() / 1000);
  const refuse = (field: string, message: string) =>
    problem(400, 'Invalid request', {
      type: 'urn:aduan:problem:proof-of-work',
      violations: [{ field, message }],
      proofOfWork: { requiredBits: MOCK_PROOF_BITS, serverTime },
    });
  if (!key) return refuse('Idempotency-Key', 'is required without an account');
  const match = /^1:(\d+):([0-9A-Za-z]+)$/.exec(stamp ?? '');
  if (!match) return refuse('X-Proof-Of-Work', 'is required without an account');
  const madeAt = Number(match[1]);
  if (madeAt < serverTime - 86_400 || madeAt > serverTime + 600) return refuse('X-Proof-Of-Work', 'has expired');
  const digest = sha256(new TextEncoder().encode(`aduan:1:${madeAt}:${key}:${match[2]}`));
  if (leadingZeroBits(digest) < MOCK_PROOF_BITS) return refuse('X-Proof-Of-Work', 'does not carry enough work');
  return undefined;
}

/** POST /api/v1/reports, exported so that tests can run it and then drop the answer (a response lost on the way). */
export const submitReportResolver: HttpResponseResolver<
  never,
  Schemas['ReportSubmission'],
  Schemas['ReportReceipt'] | Problem
> = async ({ request }) => {
  const body = await request.json();
  const violations: Schemas['Violation'][] = [];
  if (!body.title || body.title.trim().length < 5) violations.push({ field: 'title', message: 'size must be between 5 and 150' });
  if (!body.description || body.description.trim().length < 10)
    violations.push({ field: 'description', message: 'size must be between 10 and 5000' });
  if (violations.length > 0) return problem(400, 'Invalid request', { violations });

  const owner = caller(request);
  const key = request.headers.get('Idempotency-Key');
  if (!owner) {
    const refusal = checkProofOfWork(key, request.headers.get('X-Proof-Of-Work'));
    if (refusal) return refusal;
  }
  const scopedKey = key === null ? undefined : `${owner ?? 'guest'}\n${key}`;
  const earlier = scopedKey === undefined ? undefined : idempotencyKeys.get(scopedKey);
  const replayed = earlier && db.reports.find((r) => r.id === earlier.reportId);
  if (earlier && replayed) {
    if (earlier.body !== JSON.stringify(body)) {
      return problem(409, 'Conflict', { detail: 'This Idempotency-Key was used for a different report.' });
    }
    return HttpResponse.json(receiptOf(replayed, !owner), { status: 201 });
  }

  const now = new Date().toISOString();
  const report: StoredReport = {
    id: crypto.randomUUID(),
    trackingCode: nextTrackingCode(),
    status: 'SUBMITTED',
    type: body.type,
    title: body.title,
    description: body.description,
    contact: body.contact,
    owner,
    createdAt: now,
    updatedAt: now,
  };
  db.reports.push(report);
  if (scopedKey !== undefined) idempotencyKeys.set(scopedKey, { reportId: report.id, body: JSON.stringify(body) });
  return HttpResponse.json(receiptOf(report, !owner), { status: 201 });
};

export const reportHandlers = [
  http.post<never, Schemas['ReportSubmission'], Schemas['ReportReceipt'] | Problem>(
    `${API_URL}/api/v1/reports`,
    submitReportResolver,
  ),

  http.get<{ trackingCode: string }, never, Schemas['TrackedReport'] | Problem>(
    `${API_URL}/api/v1/reports/track/:trackingCode`,
    ({ params }) => {
      const report = db.reports.find((r) => r.trackingCode === normalize(params.trackingCode));
      if (!report) return problem(404, 'Not found', { detail: 'No report with this tracking code.' });
      const { trackingCode, status, type, title, createdAt, updatedAt } = report;
      return HttpResponse.json({ trackingCode, status, type, title, createdAt, updatedAt });
    },
  ),

  http.get<never, never, Schemas['ReportPage'] | Problem>(`${API_URL}/api/v1/me/reports`, ({ request }) => {
    const url = new URL(request.url);
    const size = Number(url.searchParams.get('size') ?? 20);
    const cursor = url.searchParams.get('cursor');
    const owner = caller(request);
    if (!owner) return problem(401, 'Unauthorized', { detail: 'Log in to continue.' });
    const mine = db.reports
      .filter((r) => r.owner === owner)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const start = cursor ? mine.findIndex((r) => r.id === cursor) + 1 : 0;
    const page = mine.slice(start, start + size);
    const hasMore = start + size < mine.length;
    return HttpResponse.json({
      items: page.map(({ id, trackingCode, status, type, title, createdAt, updatedAt }) => ({
        id,
        trackingCode,
        status,
        type,
        title,
        createdAt,
        updatedAt,
      })),
      nextCursor: hasMore ? page[page.length - 1].id : null,
    });
  }),
];
