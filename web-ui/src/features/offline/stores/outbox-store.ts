import type { Problem } from '@/api/errors';
import type { ReportReceipt, ReportSubmission } from '../api/post-report';
import { safeStorage } from '../utils/safe-storage';

/** A report waiting for the connection; `key` is its Idempotency-Key, the same on every attempt. */
export type QueuedReport = {
  state: 'queued';
  key: string;
  body: ReportSubmission;
  queuedAt: string;
  attempts: number;
  /** Who submitted it (username), absent for a guest: it is only sent as that same caller. */
  user?: string;
  /** A guest's X-Proof-Of-Work stamp, made for `key` (ADR 0021); made again if the API finds it stale. */
  proofOfWork?: string;
};

/** Sent after being queued. The body (with any contact details) is dropped; the receipt is all the user needs. */
export type SentReport = {
  state: 'sent';
  key: string;
  queuedAt: string;
  sentAt: string;
  /** Includes a guest's one-time `pin`, kept until the user dismisses it. */
  receipt: ReportReceipt;
};

/** Refused by the API (4xx): kept with the problem so the user can read why, copy the text and discard it. */
export type FailedReport = {
  state: 'failed';
  key: string;
  body: ReportSubmission;
  queuedAt: string;
  failedAt: string;
  attempts: number;
  status: number;
  problem?: Problem;
};

export type OutboxEntry = QueuedReport | SentReport | FailedReport;

export type OutboxSnapshot = {
  queued: QueuedReport[];
  sent: SentReport[];
  failed: FailedReport[];
  /** A flush is running in this tab. */
  flushing: boolean;
};

// One storage key per report, so that two tabs writing different reports never overwrite each other.
const PREFIX = 'aduan.outbox.';
const listeners = new Set<() => void>();
let flushing = false;
let cached: { signature: string; snapshot: OutboxSnapshot } | undefined;

function parse(raw: string | null): OutboxEntry | undefined {
  if (raw === null) return undefined;
  try {
    const entry: unknown = JSON.parse(raw);
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { state, key } = entry as Partial<OutboxEntry>;
    if (typeof key !== 'string' || !['queued', 'sent', 'failed'].includes(state as string)) return undefined;
    return entry as OutboxEntry;
  } catch {
    return undefined;
  }
}

const byQueuedAt = (a: OutboxEntry, b: OutboxEntry) => a.queuedAt.localeCompare(b.queuedAt);

function notify() {
  listeners.forEach((listener) => listener());
}

function onStorage(event: StorageEvent) {
  // Another tab queued, sent or dismissed a report.
  if (event.key === null || event.key.startsWith(PREFIX)) notify();
}

export const outboxStore = {
  /** Cached while storage is unchanged, as useSyncExternalStore requires. */
  getSnapshot(): OutboxSnapshot {
    const raws = safeStorage.keys(PREFIX).map((key) => safeStorage.get(key));
    const signature = `${flushing}\u0000${raws.join('\u0000')}`;
    if (cached?.signature === signature) return cached.snapshot;
    const entries = raws.map(parse).filter((e): e is OutboxEntry => e !== undefined).sort(byQueuedAt);
    const snapshot: OutboxSnapshot = {
      queued: entries.filter((e): e is QueuedReport => e.state === 'queued'),
      sent: entries.filter((e): e is SentReport => e.state === 'sent'),
      failed: entries.filter((e): e is FailedReport => e.state === 'failed'),
      flushing,
    };
    cached = { signature, snapshot };
    return snapshot;
  },

  get(key: string): OutboxEntry | undefined {
    return parse(safeStorage.get(PREFIX + key));
  },

  /** Returns false when storage is full or unavailable and the entry lives in this tab's memory only. */
  put(entry: OutboxEntry): boolean {
    const persisted = safeStorage.set(PREFIX + entry.key, JSON.stringify(entry));
    notify();
    return persisted;
  },

  remove(key: string): void {
    safeStorage.remove(PREFIX + key);
    notify();
  },

  /** Every report kept on this device, whatever its state. */
  clear(): void {
    safeStorage.keys(PREFIX).forEach((key) => safeStorage.remove(key));
    notify();
  },

  setFlushing(value: boolean): void {
    flushing = value;
    notify();
  },

  subscribe(listener: () => void): () => void {
    if (listeners.size === 0) window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  },
};
