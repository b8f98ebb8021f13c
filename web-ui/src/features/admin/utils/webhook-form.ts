import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { WebhookEventType, WebhookInput } from '../api/webhooks';
import { requiredText } from './rules';

export const webhookFields = ['name', 'url', 'eventTypes'] as const;
export type WebhookField = (typeof webhookFields)[number];

export type WebhookValues = { name: string; url: string; eventTypes: WebhookEventType[] };
export const emptyWebhook: WebhookValues = { name: '', url: '', eventTypes: [] };

/** `https://` anywhere; `http://` only for a service on the same machine, during development (as the API allows). */
export function isWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.hostname !== '';
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

const eventTypes = () => z.array(z.string()).check(z.minLength(1, 'webhook.validation.eventTypes'));

const webhookSchema = z.object({
  name: requiredText(100, 'webhook.validation.name'),
  url: z.string().check(z.trim(), z.maxLength(2000, 'webhook.validation.url'), z.refine(isWebhookUrl, 'webhook.validation.url')),
  eventTypes: eventTypes(),
});

export function validateWebhook(
  values: WebhookValues,
): { ok: true; body: WebhookInput } | { ok: false; errors: FieldErrors<WebhookField> } {
  const result = webhookSchema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(webhookFields, result.error.issues) };
  return { ok: true, body: { ...result.data, eventTypes: values.eventTypes } };
}

/** Editing a subscription changes only which events it receives. */
export function validateEventTypes(
  selected: WebhookEventType[],
): { ok: true; eventTypes: WebhookEventType[] } | { ok: false; errors: FieldErrors<WebhookField> } {
  const result = eventTypes().safeParse(selected);
  if (!result.success) return { ok: false, errors: { eventTypes: { key: 'webhook.validation.eventTypes' } } };
  return { ok: true, eventTypes: selected };
}
