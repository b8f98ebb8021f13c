import { isApiError } from '@/api/errors';
import { authStore } from '@/auth/keycloak';
import { outboxStore, type QueuedReport } from '../stores/outbox-store';
import { newKey } from '../utils/new-key';
import { makeProof, proofRequirement, takeGuestProof } from './guest-proof';
import { postReport, type ReportReceipt, type ReportSubmission } from './post-report';

export type SubmitResult = { kind: 'sent'; receipt: ReportReceipt } | { kind: 'queued'; item: QueuedReport };
export type FlushResult = { sent: number; failed: number; remaining: number };

/** How often queued reports are retried while the browser believes it is online (its 'online' event may never come). */
export const RETRY_INTERVAL_MS = 60_000;
const LOCK_NAME = 'aduan.outbox';

/**
 * The request never got an answer from the API itself, or the API asked to wait (429, a rate limit): worth
 * sending again later with the same key.
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || [429, 502, 503, 504].some((status) => isApiError(error, status));
}

/**
 * Who the API will see: the API scopes Idempotency-Keys per caller, so a queued report must be sent as the
 * same citizen (or as a guest) as it was written, or a retry could create a second report.
 */
function currentCaller(): { known: false } | { known: true; user?: string } {
  const state = authStore.get();
  if (state.status === 'loading') return { known: false };
  return state.status === 'authenticated' ? { known: true, user: state.user.username ?? state.user.name } : { known: true };
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Sends a report now, or queues it when there is no connection. The key is fixed before the first attempt,
 * so even an attempt whose answer was lost is replayed, not duplicated. A refusal by the API (4xx, 500) is
 * thrown as ApiError for the form to show; attachments are never queued.
 */
export async function submitReport(body: ReportSubmission): Promise<SubmitResult> {
  const caller = currentCaller();
  const user = caller.known ? caller.user : undefined;
  // A guest's key comes with its proof of work, usually made while the form was filled in.
  const guest = user ? undefined : takeGuestProof();
  const item: QueuedReport = {
    state: 'queued',
    key: guest?.key ?? newKey(),
    body,
    queuedAt: new Date().toISOString(),
    attempts: 0,
    ...(user ? { user } : { proofOfWork: await guest!.proof.catch(() => undefined) }),
  };
  if (!isOffline()) {
    try {
      return { kind: 'sent', receipt: await deliver(item) };
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      item.attempts = 1;
    }
  }
  outboxStore.put(item);
  return { kind: 'queued', item };
}

/**
 * Sends a report with its key and, for a guest, its stamp. A stamp the API refuses (older than a day in the
 * queue, made by a phone whose clock is off, or weaker than the city now asks) is made again for the same key
 * from the refusal's requirement, and the report sent once more.
 */
async function deliver(item: QueuedReport): Promise<ReportReceipt> {
  try {
    return await postReport(item.body, item.key, item.proofOfWork);
  } catch (error) {
    const requirement = proofRequirement(error);
    if (!requirement) throw error;
    return await postReport(item.body, item.key, await makeProof(item.key, requirement));
  }
}

async function sendOne(item: QueuedReport): Promise<'sent' | 'failed' | 'stop'> {
  outboxStore.put({ ...item, attempts: item.attempts + 1 });
  try {
    const receipt = await deliver(item);
    outboxStore.put({ state: 'sent', key: item.key, queuedAt: item.queuedAt, sentAt: new Date().toISOString(), receipt });
    return 'sent';
  } catch (error) {
    // 401: the session ran out and a new login has started; the reports go out after it.
    if (isApiError(error) && error.status !== 401 && !isNetworkFailure(error)) {
      outboxStore.put({
        state: 'failed',
        key: item.key,
        body: item.body,
        queuedAt: item.queuedAt,
        failedAt: new Date().toISOString(),
        attempts: item.attempts + 1,
        status: error.status,
        problem: error.problem,
      });
      return 'failed';
    }
    // The network (or anything unexpected): keep it and everything after it for the next try.
    return 'stop';
  }
}

async function drain(): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, failed: 0, remaining: 0 };
  const caller = currentCaller();
  const tried = new Set<string>();
  // Storage is read again before every report: another tab may have queued or dismissed one meanwhile.
  while (caller.known && !isOffline()) {
    const next = outboxStore.getSnapshot().queued.find((q) => !tried.has(q.key) && q.user === caller.user);
    if (!next) break;
    tried.add(next.key);
    const outcome = await sendOne(next);
    if (outcome === 'sent') result.sent++;
    else if (outcome === 'failed') result.failed++;
    else if (outcome === 'stop') break;
  }
  result.remaining = outboxStore.getSnapshot().queued.length;
  return result;
}

/** Web Locks keep two tabs from sending the same report at the same moment; where missing, tabs rely on the keys. */
async function withTabLock(task: () => Promise<FlushResult>): Promise<FlushResult> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return task();
  // The lock is held until the task's promise settles.
  return await locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
    // Another tab is flushing and re-reads storage before every report: it will send ours too.
    lock ? task() : { sent: 0, failed: 0, remaining: outboxStore.getSnapshot().queued.length },
  );
}

let running: Promise<FlushResult> | undefined;

/**
 * Sends the queued reports one at a time, each with its own key, as the caller who wrote it. Sent ones keep
 * their receipt until dismissed, refused ones (4xx but 401 and 429, or 500) become failed, the rest stay queued. Calls made while a
 * flush runs share it. Never rejects.
 */
export function flushOutbox(): Promise<FlushResult> {
  if (running) return running;
  outboxStore.setFlushing(true);
  running = withTabLock(drain)
    .catch(() => ({ sent: 0, failed: 0, remaining: outboxStore.getSnapshot().queued.length }))
    .finally(() => {
      running = undefined;
      outboxStore.setFlushing(false);
    });
  return running;
}

let stopSync: (() => void) | undefined;

/**
 * Flushes now and whenever sending may have become possible: back online, back to the app, logged in or out
 * (reports wait for the caller who wrote them), and every minute while reports wait (the 'online' event
 * never comes when the browser thought it was online all along). Returns a function that stops it.
 */
export function startOutboxSync(): () => void {
  if (stopSync) return stopSync;
  const flush = () => void flushOutbox();
  const flushIfWaiting = () => {
    if (outboxStore.getSnapshot().queued.length > 0) flush();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') flushIfWaiting();
  };
  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribeAuth = authStore.subscribe(flushIfWaiting);
  const timer = setInterval(flushIfWaiting, RETRY_INTERVAL_MS);
  flush();
  stopSync = () => {
    window.removeEventListener('online', flush);
    document.removeEventListener('visibilitychange', onVisible);
    unsubscribeAuth();
    clearInterval(timer);
    stopSync = undefined;
  };
  return stopSync;
}

/** Forgets a sent or failed report (after the user noted the code and PIN, or gave up on it). */
export function dismissOutboxItem(key: string): void {
  outboxStore.remove(key);
}
