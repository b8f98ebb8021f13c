import { sha256 } from '@noble/hashes/sha2.js';
import { http, HttpResponse } from 'msw';
import { isApiError } from '@/api/errors';
import { API_URL } from '@/testing/mocks/api-url';
import { db } from '@/testing/mocks/db';
import { problem, submitReportResolver } from '@/testing/mocks/handlers/reports';
import { server } from '@/testing/mocks/server';
import { loginAs } from '@/testing/test-utils';
import { outboxStore } from '../stores/outbox-store';
import { clearMemoryStorage } from '../utils/safe-storage';
import { leadingZeroBits } from '../utils/proof-of-work';
import { flushOutbox, startOutboxSync, submitReport } from './outbox';
import type { ReportSubmission } from './post-report';

const REPORTS = `${API_URL}/api/v1/reports`;

const body = (title = 'Lampu jalan mati di Jalan Timor Raya'): ReportSubmission => ({
  type: 'COMPLAINT',
  title,
  description: 'Sudah seminggu lampu jalan di dekat pasar mati.',
  anonymous: false,
  confidential: false,
});

/** Every POST /api/v1/reports that left the app, with its Idempotency-Key. */
function recordSubmissions() {
  const keys: (string | null)[] = [];
  const onStart = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && request.url === REPORTS) keys.push(request.headers.get('Idempotency-Key'));
  };
  server.events.on('request:start', onStart);
  onTestFinished(() => server.events.removeListener('request:start', onStart));
  return keys;
}

const goOffline = () => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

async function queueOffline(submission = body()) {
  const offline = goOffline();
  const result = await submitReport(submission);
  offline.mockRestore();
  if (result.kind !== 'queued') throw new Error('expected the report to be queued');
  return result.item;
}

afterEach(() => clearMemoryStorage());

describe('submitReport', () => {
  it('sends at once when online, with an Idempotency-Key', async () => {
    const keys = recordSubmissions();

    const result = await submitReport(body());

    expect(result.kind).toBe('sent');
    expect(db.reports).toHaveLength(1);
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(outboxStore.getSnapshot().queued).toEqual([]);
  });

  it('queues without sending anything while the browser is offline, and keeps it across a reload', async () => {
    const keys = recordSubmissions();

    const item = await queueOffline();

    expect(keys).toEqual([]);
    expect(item).toMatchObject({ state: 'queued', body: body(), attempts: 0 });
    expect(item.key).toMatch(/^[0-9a-f-]{36}$/);
    // Persisted in localStorage, not only in memory: clear the memory fallback and read it back.
    clearMemoryStorage();
    expect(outboxStore.getSnapshot().queued).toEqual([item]);
  });

  it("sends a guest's report with a stamp made for its key, and makes it again at the API's time when refused", async () => {
    const stamps: { key: string | null; stamp: string | null }[] = [];
    const serverTime = Math.floor(Date.now() / 1000) + 3 * 86_400;
    server.use(
      http.post(
        REPORTS,
        ({ request }) => {
          stamps.push({ key: request.headers.get('Idempotency-Key'), stamp: request.headers.get('X-Proof-Of-Work') });
          // The phone's clock is three days behind the server's.
          return problem(400, 'Invalid request', {
            type: 'urn:aduan:problem:proof-of-work',
            violations: [{ field: 'X-Proof-Of-Work', message: 'was made in the future' }],
            proofOfWork: { requiredBits: 9, serverTime },
          });
        },
        { once: true },
      ),
      http.post(REPORTS, async (info) => {
        stamps.push({ key: info.request.headers.get('Idempotency-Key'), stamp: info.request.headers.get('X-Proof-Of-Work') });
        // Accepted as long as it is within the fake API's own (current) day: answer as the real one would.
        return HttpResponse.json(
          { id: crypto.randomUUID(), trackingCode: 'K7PX4M9Q', status: 'SUBMITTED', type: 'COMPLAINT', title: 'x', createdAt: new Date().toISOString(), pin: '482913' },
          { status: 201 },
        );
      }),
    );

    const result = await submitReport(body());

    expect(result.kind).toBe('sent');
    expect(stamps).toHaveLength(2);
    const [first, second] = stamps;
    expect(first.key).toBe(second.key);
    expect(first.stamp).toMatch(/^1:\d+:[0-9a-z]+$/);
    const [, madeAt, nonce] = second.stamp!.split(':');
    expect(Math.abs(Number(madeAt) - serverTime)).toBeLessThanOrEqual(2);
    expect(leadingZeroBits(sha256(new TextEncoder().encode(`aduan:1:${madeAt}:${second.key}:${nonce}`)))).toBeGreaterThanOrEqual(9);
  });

  it('sends no stamp for a citizen, whose account vouches for the report', async () => {
    loginAs('warga1');
    const stamps: (string | null)[] = [];
    const onStart = ({ request }: { request: Request }) => stamps.push(request.headers.get('X-Proof-Of-Work'));
    server.events.on('request:start', onStart);
    onTestFinished(() => server.events.removeListener('request:start', onStart));

    expect((await submitReport(body())).kind).toBe('sent');
    expect(stamps).toEqual([null]);
  });

  it.each([503, 502, 504, 429])('queues when a gateway answers %i, or the API asks to wait', async (status) => {
    server.use(http.post(REPORTS, () => problem(status, 'Gateway'), { once: true }));

    const result = await submitReport(body());

    expect(result).toMatchObject({ kind: 'queued', item: { attempts: 1 } });
    expect(outboxStore.getSnapshot().queued).toHaveLength(1);
  });

  it('does not queue a report the API refuses (4xx) and throws its problem for the form', async () => {
    const error = await submitReport(body('abc')).catch((e: unknown) => e);

    expect(isApiError(error, 400)).toBe(true);
    expect(isApiError(error) && error.violations.map((v) => v.field)).toEqual(['title']);
    expect(outboxStore.getSnapshot().queued).toEqual([]);
  });
});

describe('flushOutbox', () => {
  it('sends a report queued offline exactly once and keeps its receipt with the guest PIN', async () => {
    const item = await queueOffline();
    const keys = recordSubmissions();

    expect(await flushOutbox()).toEqual({ sent: 1, failed: 0, remaining: 0 });
    expect(await flushOutbox()).toEqual({ sent: 0, failed: 0, remaining: 0 });

    expect(keys).toEqual([item.key]);
    expect(db.reports).toHaveLength(1);
    const { queued, sent } = outboxStore.getSnapshot();
    expect(queued).toEqual([]);
    expect(sent).toEqual([
      expect.objectContaining({
        key: item.key,
        receipt: expect.objectContaining({ trackingCode: db.reports[0].trackingCode, pin: '482913' }),
      }),
    ]);
    // The body, with any contact details, is not kept once sent.
    expect(sent[0]).not.toHaveProperty('body');
  });

  it('reuses the key after an attempt whose response was lost, so the server keeps one report', async () => {
    const keys = recordSubmissions();
    // The request reaches the API and the report is stored, but the answer never arrives.
    server.use(
      http.post<never, ReportSubmission, never>(
        REPORTS,
        async (info) => {
          await submitReportResolver(info);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );

    const first = await submitReport(body());
    expect(first.kind).toBe('queued');
    expect(db.reports).toHaveLength(1);

    expect(await flushOutbox()).toMatchObject({ sent: 1 });

    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(db.reports).toHaveLength(1);
    expect(outboxStore.getSnapshot().sent[0].receipt.trackingCode).toBe(db.reports[0].trackingCode);
  });

  it('leaves reports queued when the network fails again, and sends them later with the same key', async () => {
    const item = await queueOffline();
    const keys = recordSubmissions();
    server.use(http.post(REPORTS, () => HttpResponse.error(), { once: true }));

    expect(await flushOutbox()).toEqual({ sent: 0, failed: 0, remaining: 1 });
    expect(outboxStore.getSnapshot().queued).toEqual([expect.objectContaining({ key: item.key, attempts: 1 })]);

    expect(await flushOutbox()).toMatchObject({ sent: 1, remaining: 0 });
    expect(keys).toEqual([item.key, item.key]);
    expect(db.reports).toHaveLength(1);
  });

  it('sends once when flushes overlap', async () => {
    const item = await queueOffline();
    const keys = recordSubmissions();

    const results = await Promise.all([flushOutbox(), flushOutbox(), flushOutbox()]);

    expect(keys).toEqual([item.key]);
    expect(results.map((r) => r.sent)).toEqual([1, 1, 1]);
    expect(db.reports).toHaveLength(1);
  });

  it('leaves the work to another tab that holds the lock', async () => {
    await queueOffline();
    const keys = recordSubmissions();
    const request = vi.fn((_name: string, _options: LockOptions, callback: LockGrantedCallback<unknown>) =>
      Promise.resolve(callback(null)),
    );
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    onTestFinished(() => {
      delete (navigator as { locks?: unknown }).locks;
    });

    expect(await flushOutbox()).toEqual({ sent: 0, failed: 0, remaining: 1 });

    expect(request).toHaveBeenCalledWith('aduan.outbox', { ifAvailable: true }, expect.any(Function));
    expect(keys).toEqual([]);
  });

  it('marks a report the API refuses (4xx) as failed, with the problem, and never retries it', async () => {
    const refused = await queueOffline(body('Judul yang ditolak'));
    const fine = await queueOffline(body('Judul yang diterima'));
    const keys = recordSubmissions();
    server.use(
      http.post<never, ReportSubmission>(REPORTS, async ({ request }) => {
        if ((await request.clone().json()).title !== 'Judul yang ditolak') return undefined;
        return problem(400, 'Invalid request', {
          detail: 'Kategori tidak dikenal.',
          violations: [{ field: 'categoryId', message: 'unknown' }],
        });
      }),
    );

    expect(await flushOutbox()).toEqual({ sent: 1, failed: 1, remaining: 0 });
    expect(await flushOutbox()).toEqual({ sent: 0, failed: 0, remaining: 0 });

    expect(keys.sort()).toEqual([refused.key, fine.key].sort());
    expect(db.reports.map((r) => r.title)).toEqual(['Judul yang diterima']);
    expect(outboxStore.getSnapshot().failed).toEqual([
      expect.objectContaining({
        key: refused.key,
        status: 400,
        body: body('Judul yang ditolak'),
        problem: expect.objectContaining({ detail: 'Kategori tidak dikenal.' }),
      }),
    ]);
  });

  it('sends a report only as the caller who wrote it', async () => {
    loginAs('Warga Satu', 'warga1');
    const mine = await queueOffline(body('Laporan warga satu'));
    expect(mine.user).toBe('warga1');
    const keys = recordSubmissions();

    loginAs('Warga Dua', 'warga2');
    expect(await flushOutbox()).toEqual({ sent: 0, failed: 0, remaining: 1 });
    expect(keys).toEqual([]);

    loginAs('Warga Satu', 'warga1');
    expect(await flushOutbox()).toMatchObject({ sent: 1 });
    expect(db.reports).toEqual([expect.objectContaining({ title: 'Laporan warga satu', owner: 'warga1' })]);
  });
});

describe('startOutboxSync', () => {
  it('flushes at start and when the connection returns', async () => {
    const offline = goOffline();
    await submitReport(body('Dikirim saat kembali daring'));
    const stop = startOutboxSync();
    onTestFinished(stop);
    await vi.waitFor(() => expect(outboxStore.getSnapshot().flushing).toBe(false));
    expect(db.reports).toEqual([]);

    offline.mockRestore();
    window.dispatchEvent(new Event('online'));

    await vi.waitFor(() => expect(outboxStore.getSnapshot().sent).toHaveLength(1));
    expect(db.reports).toHaveLength(1);
  });
});
