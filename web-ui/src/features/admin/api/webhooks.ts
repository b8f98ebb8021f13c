import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { toApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { useInvalidatingMutation } from './invalidating-mutation';
import { webhookKeys } from './query-keys';

export type Webhook = components['schemas']['Webhook'];
export type WebhookCreated = components['schemas']['WebhookCreated'];
export type WebhookInput = components['schemas']['WebhookInput'];
export type WebhookChange = components['schemas']['WebhookChange'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookPage = components['schemas']['WebhookPage'];

/** Every event type a system may subscribe to, in the order of a report's life. */
export const webhookEventTypes = [
  'report.submitted',
  'report.verified',
  'report.held',
  'report.archived',
  'report.forwarded',
  'report.returned',
  'report.followed_up',
  'report.resolved',
  'report.escalated',
  'report.closed',
  'report.message_posted',
  'report.confirmed',
  'report.disputed',
  'report.attachment_added',
] as const satisfies readonly WebhookEventType[];

const PAGE_SIZE = 20;

export async function getWebhooks(cursor?: string): Promise<WebhookPage> {
  const { data, error, response } = await api().GET('/api/v1/admin/webhooks', {
    params: { query: { cursor, size: PAGE_SIZE } },
  });
  if (!data) throw toApiError(response, error);
  return data;
}

/** Subscriptions a page at a time, newest first. */
export function useWebhooks() {
  return useInfiniteQuery(cursorPagesOptions(webhookKeys.list(), getWebhooks));
}

/** The answer holds the signing `secret`, which the API never shows again: keep it out of the query cache. */
export async function addWebhook(body: WebhookInput): Promise<WebhookCreated> {
  const { data, error, response } = await api().POST('/api/v1/admin/webhooks', { body });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function updateWebhook({ id, body }: { id: string; body: WebhookChange }): Promise<Webhook> {
  const { data, error, response } = await api().PATCH('/api/v1/admin/webhooks/{id}', {
    params: { path: { id } },
    body,
  });
  if (!data) throw toApiError(response, error);
  return data;
}

export async function deleteWebhook(id: string): Promise<void> {
  const { error, response } = await api().DELETE('/api/v1/admin/webhooks/{id}', { params: { path: { id } } });
  if (!response.ok) throw toApiError(response, error);
}

export const useAddWebhook = () => useInvalidatingMutation(webhookKeys.all, addWebhook, { secret: true });
export const useUpdateWebhook = () => useInvalidatingMutation(webhookKeys.all, updateWebhook);
export const useDeleteWebhook = () => useInvalidatingMutation(webhookKeys.all, deleteWebhook);
