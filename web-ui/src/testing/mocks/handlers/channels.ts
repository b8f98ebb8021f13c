import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '@/api/schema';
import { API_URL } from '../api-url';
import { db, nextTrackingCode, type StoredReport } from '../db';
import { refuse } from './admin';
import { problem } from './reports';

type Schemas = components['schemas'];
type Violation = Schemas['Violation'];
type Webhook = Schemas['Webhook'];
type ApiClient = Schemas['ApiClient'];
type OutboxItem = Schemas['OutboxItem'];
type Problem = Schemas['Problem'];

const invalid = (violations: Violation[]) => problem(400, 'Invalid request', { violations });
const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;

/** The PIN the fake API hands out with every assisted report, so tests can look for it. */
export const ASSISTED_PIN = '530718';

export const channelIds = {
  inspektorat: '0193f1b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b',
  bappeda: '0193f1b0-1c2d-7e3f-8a9b-0c1d2e3f4a5c',
  deadWebhook: '0193f1d0-0000-7000-8000-000000000001',
  deadSms: '0193f1d0-0000-7000-8000-000000000002',
  pendingEmail: '0193f1d0-0000-7000-8000-000000000003',
  sentWebhook: '0193f1d0-0000-7000-8000-000000000004',
  report: '0193f1a2-7c4e-7d1a-9b2f-3c4d5e6f7a8b',
  laporKupang: '01934d1e-8b1a-7c3e-9f00-5a1b2c3d4e5f',
  portalKelurahan: '01934d1e-8b1a-7c3e-9f00-5a1b2c3d4e60',
  oldApp: '01934d1e-8b1a-7c3e-9f00-5a1b2c3d4e61',
};

function seed() {
  return {
    webhooks: [
      {
        id: channelIds.inspektorat,
        name: 'Inspektorat Kota Kupang',
        url: 'https://inspektorat.kupangkota.go.id/hooks/aduan',
        eventTypes: ['report.forwarded', 'report.escalated', 'report.closed'],
        active: true,
        createdAt: '2026-11-29T02:00:00Z',
      },
      {
        id: channelIds.bappeda,
        name: 'Bappeda',
        url: 'https://bappeda.kupangkota.go.id/aduan',
        eventTypes: ['report.resolved'],
        active: false,
        createdAt: '2026-11-20T02:00:00Z',
      },
    ] as Webhook[],
    outbox: [
      {
        id: channelIds.deadWebhook,
        kind: 'WEBHOOK',
        destination: 'https://inspektorat.kupangkota.go.id/hooks/aduan',
        subscriptionId: channelIds.inspektorat,
        reportId: channelIds.report,
        eventType: 'report.forwarded',
        status: 'DEAD',
        attempts: 8,
        nextAttemptAt: null,
        lastError: 'HTTP 503 from https://inspektorat.kupangkota.go.id/hooks/aduan',
        createdAt: '2026-11-28T03:00:00Z',
        sentAt: null,
      },
      {
        id: channelIds.deadSms,
        kind: 'SMS',
        destination: '+6281338000111',
        gateway: 'sms-gateway',
        reportId: null,
        eventType: 'report.resolved',
        status: 'DEAD',
        attempts: 8,
        nextAttemptAt: null,
        lastError: 'Gateway timeout',
        createdAt: '2026-11-27T03:00:00Z',
        sentAt: null,
      },
      {
        id: channelIds.pendingEmail,
        kind: 'EMAIL',
        destination: 'maria@example.org',
        reportId: channelIds.report,
        eventType: 'report.verified',
        status: 'PENDING',
        attempts: 2,
        nextAttemptAt: '2026-11-29T04:00:00Z',
        lastError: 'SMTP 451',
        createdAt: '2026-11-29T03:00:00Z',
        sentAt: null,
      },
      {
        id: channelIds.sentWebhook,
        kind: 'WEBHOOK',
        destination: 'https://inspektorat.kupangkota.go.id/hooks/aduan',
        subscriptionId: channelIds.inspektorat,
        reportId: channelIds.report,
        eventType: 'report.closed',
        status: 'SENT',
        attempts: 1,
        nextAttemptAt: null,
        lastError: null,
        createdAt: '2026-11-26T03:00:00Z',
        sentAt: '2026-11-26T03:00:05Z',
      },
    ] as OutboxItem[],
    apiClients: [
      {
        id: channelIds.laporKupang,
        name: 'Aplikasi Lapor Kupang',
        contact: 'dev@lapor-kupang.id',
        keyPrefix: 'adn_Xq3vR9sL',
        createdAt: '2026-11-28T02:00:00Z',
        lastUsedAt: '2026-11-29T01:15:00Z',
      },
      {
        id: channelIds.portalKelurahan,
        name: 'Portal Kelurahan Oebobo',
        keyPrefix: 'adn_P0rtKel1',
        createdAt: '2026-11-20T02:00:00Z',
      },
      {
        id: channelIds.oldApp,
        name: 'Aplikasi Lama',
        contact: '+62380123456',
        keyPrefix: 'adn_01dApp99',
        createdAt: '2026-10-01T02:00:00Z',
        revokedAt: '2026-11-01T02:00:00Z',
        lastUsedAt: '2026-10-31T23:59:00Z',
      },
    ] as ApiClient[],
    /** Every assisted report body received, with its Idempotency-Key, for tests to inspect. */
    assisted: [] as { key: string | null; body: Schemas['AssistedReport'] }[],
  };
}

/** Webhooks, outgoing messages, API clients and assisted reports of the fake API; reset after every test. */
export let channelsDb = seed();

export function resetChannelsDb(): void {
  channelsDb = seed();
}

function paginate<T extends { id: string }>(request: Request, items: readonly T[]) {
  const url = new URL(request.url);
  const size = Number(url.searchParams.get('size') ?? 20);
  const cursor = url.searchParams.get('cursor');
  const start = cursor ? items.findIndex((item) => item.id === cursor) + 1 : 0;
  const page = items.slice(start, start + size);
  return { items: page, nextCursor: start + size < items.length ? page[page.length - 1].id : null };
}

function checkWebhook(body: Partial<Schemas['WebhookInput']>, partial: boolean): Violation[] {
  const violations: Violation[] = [];
  if (!partial || body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.trim() === '' || body.name.length > 100)
      violations.push({ field: 'name', message: 'size must be between 1 and 100' });
  }
  if (!partial || body.url !== undefined) {
    if (typeof body.url !== 'string' || !HTTPS.test(body.url)) violations.push({ field: 'url', message: 'must be an https:// URL' });
  }
  if (!partial || body.eventTypes !== undefined) {
    if (!Array.isArray(body.eventTypes) || body.eventTypes.length === 0)
      violations.push({ field: 'eventTypes', message: 'size must be at least 1' });
  }
  return violations;
}

/** A key of the API's shape (`adn_` and 43 URL-safe characters), made from the client's id so tests can predict it. */
export const apiKeyFor = (id: string) => `adn_${id.replace(/-/g, '')}${'k'.repeat(43)}`.slice(0, 47);

export const channelHandlers: HttpHandler[] = [
  http.post<never, Schemas['AssistedReport']>(`${API_URL}/api/v1/assisted-reports`, async ({ request }) => {
    const refused = refuse(request, ['admin', 'officer']);
    if (refused) return refused;
    const body = await request.json();
    const key = request.headers.get('Idempotency-Key');
    channelsDb.assisted.push({ key, body });
    const violations: Violation[] = [];
    if (!['WALK_IN', 'PHONE', 'SOCIAL_MEDIA'].includes(body.channel)) violations.push({ field: 'channel', message: 'must not be null' });
    if (body.channel === 'SOCIAL_MEDIA' && (!body.sourceUrl || !HTTPS.test(body.sourceUrl)))
      violations.push({ field: 'sourceUrl', message: 'is required for SOCIAL_MEDIA and must be https' });
    const report = body.report;
    if (!report?.title || report.title.trim().length < 5) violations.push({ field: 'report.title', message: 'size must be between 5 and 150' });
    if (!report?.description || report.description.trim().length < 10)
      violations.push({ field: 'report.description', message: 'size must be between 10 and 5000' });
    if (violations.length > 0) return invalid(violations);

    const now = new Date().toISOString();
    const stored: StoredReport = {
      id: crypto.randomUUID(),
      trackingCode: nextTrackingCode(),
      status: 'SUBMITTED',
      type: report.type,
      title: report.title,
      description: report.description,
      contact: report.contact,
      channel: body.channel,
      sourceUrl: body.sourceUrl,
      pin: ASSISTED_PIN,
      createdAt: now,
      updatedAt: now,
    };
    db.reports.push(stored);
    const { id, trackingCode, status, type, title, createdAt } = stored;
    return HttpResponse.json<Schemas['ReportReceipt']>({ id, trackingCode, status, type, title, createdAt, pin: ASSISTED_PIN }, { status: 201 });
  }),

  http.get<never, never, Schemas['WebhookPage'] | Problem>(`${API_URL}/api/v1/admin/webhooks`, ({ request }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const newestFirst = [...channelsDb.webhooks].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return HttpResponse.json<Schemas['WebhookPage']>(paginate(request, newestFirst));
  }),

  http.post<never, Schemas['WebhookInput']>(`${API_URL}/api/v1/admin/webhooks`, async ({ request }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const body = await request.json();
    const violations = checkWebhook(body, false);
    if (violations.length > 0) return invalid(violations);
    const webhook: Webhook = { id: crypto.randomUUID(), ...body, active: true, createdAt: new Date().toISOString() };
    channelsDb.webhooks.push(webhook);
    return HttpResponse.json<Schemas['WebhookCreated']>(
      { ...webhook, secret: `whsec_${webhook.id.slice(0, 8)}-rahasia` },
      { status: 201, headers: { Location: `${API_URL}/api/v1/admin/webhooks/${webhook.id}` } },
    );
  }),

  http.patch<{ id: string }, Schemas['WebhookChange']>(`${API_URL}/api/v1/admin/webhooks/:id`, async ({ request, params }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const webhook = channelsDb.webhooks.find((w) => w.id === params.id);
    if (!webhook) return problem(404, 'Not found');
    const body = await request.json();
    const violations = checkWebhook(body, true);
    if (violations.length > 0) return invalid(violations);
    Object.assign(webhook, body);
    return HttpResponse.json<Webhook>(webhook);
  }),

  http.delete<{ id: string }>(`${API_URL}/api/v1/admin/webhooks/:id`, ({ request, params }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const before = channelsDb.webhooks.length;
    channelsDb.webhooks = channelsDb.webhooks.filter((w) => w.id !== params.id);
    if (channelsDb.webhooks.length === before) return problem(404, 'Not found');
    return new HttpResponse(null, { status: 204 });
  }),

  http.get<never, never, Schemas['OutboxPage'] | Problem>(`${API_URL}/api/v1/admin/outbox`, ({ request }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const url = new URL(request.url);
    const status = url.searchParams.get('status') ?? 'DEAD';
    const kind = url.searchParams.get('kind');
    const items = channelsDb.outbox
      .filter((item) => item.status === status && (!kind || item.kind === kind))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return HttpResponse.json<Schemas['OutboxPage']>(paginate(request, items));
  }),

  http.post<{ id: string }>(`${API_URL}/api/v1/admin/outbox/:id/redelivery`, ({ request, params }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const item = channelsDb.outbox.find((each) => each.id === params.id);
    if (!item) return problem(404, 'Not found');
    if (item.status !== 'DEAD') return problem(409, 'Conflict', { detail: `The message is ${item.status}, not DEAD.` });
    Object.assign(item, { status: 'PENDING', attempts: 0, nextAttemptAt: new Date().toISOString() });
    return HttpResponse.json<OutboxItem>(item);
  }),

  http.get<never, never, Schemas['ApiClientPage'] | Problem>(`${API_URL}/api/v1/admin/api-clients`, ({ request }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const newestFirst = [...channelsDb.apiClients].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return HttpResponse.json<Schemas['ApiClientPage']>(paginate(request, newestFirst));
  }),

  http.post<never, Schemas['ApiClientInput']>(`${API_URL}/api/v1/admin/api-clients`, async ({ request }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const body = await request.json();
    const violations: Violation[] = [];
    if (typeof body.name !== 'string' || body.name.trim() === '' || body.name.length > 100)
      violations.push({ field: 'name', message: 'size must be between 1 and 100' });
    if (body.contact !== undefined && (typeof body.contact !== 'string' || body.contact.length > 254))
      violations.push({ field: 'contact', message: 'size must be between 0 and 254' });
    if (violations.length > 0) return invalid(violations);
    const id = crypto.randomUUID();
    const apiKey = apiKeyFor(id);
    const client: ApiClient = {
      id,
      name: body.name,
      ...(body.contact !== undefined && { contact: body.contact }),
      keyPrefix: apiKey.slice(0, 12),
      createdAt: new Date().toISOString(),
    };
    channelsDb.apiClients.push(client);
    return HttpResponse.json<Schemas['ApiClientCreated']>(
      { ...client, apiKey },
      { status: 201, headers: { Location: `${API_URL}/api/v1/admin/api-clients/${id}` } },
    );
  }),

  http.delete<{ id: string }>(`${API_URL}/api/v1/admin/api-clients/:id`, ({ request, params }) => {
    const refused = refuse(request, ['admin']);
    if (refused) return refused;
    const client = channelsDb.apiClients.find((each) => each.id === params.id);
    if (!client) return problem(404, 'Not found');
    // Revoking twice changes nothing and answers 204 again.
    client.revokedAt ??= new Date().toISOString();
    return new HttpResponse(null, { status: 204 });
  }),
];
