import type { components } from '@/api/schema';

type Schemas = components['schemas'];
export type StoredReport = Schemas['ReportSummary'] &
  Partial<Omit<Schemas['Report'], keyof Schemas['ReportSummary']>> & {
    description: string;
    owner?: string;
    contact?: Schemas['Contact'];
    pin?: string;
  };

/** An in-memory stand-in for the API's database, reset after every test. */
export const db = {
  reports: [] as StoredReport[],
  events: [] as (Schemas['ReportEvent'] & { reportId: string })[],
  messages: [] as (Schemas['Message'] & { reportId: string })[],
  supports: [] as { reportId: string; user: string }[],
};

let counter = 0;
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function nextTrackingCode(): string {
  counter += 1;
  let n = counter * 7919;
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += ALPHABET[n % ALPHABET.length];
    n = Math.floor(n / ALPHABET.length) + i * 13;
  }
  return code;
}

export function seedReport(overrides: Partial<StoredReport> = {}): StoredReport {
  const now = new Date(Date.UTC(2026, 10, 29, 1, 15, 30) + db.reports.length * 60_000).toISOString();
  const report: StoredReport = {
    id: crypto.randomUUID(),
    trackingCode: nextTrackingCode(),
    status: 'SUBMITTED',
    type: 'COMPLAINT',
    title: 'Jalan berlubang di depan SD Inpres Oebobo',
    description: 'Lubang besar di tengah jalan sudah dua minggu.',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  db.reports.push(report);
  return report;
}

export function resetDb() {
  db.reports = [];
  db.events = [];
  db.messages = [];
  db.supports = [];
}
