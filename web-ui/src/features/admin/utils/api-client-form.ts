import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { ApiClientInput } from '../api/api-clients';
import { requiredText } from './rules';

export const apiClientFields = ['name', 'contact'] as const;
export type ApiClientField = (typeof apiClientFields)[number];

export type ApiClientValues = { name: string; contact: string };
export const emptyApiClient: ApiClientValues = { name: '', contact: '' };

const apiClientSchema = z.object({
  name: requiredText(100, 'apiClient.validation.name'),
  contact: z.string().check(z.trim(), z.maxLength(254, 'apiClient.validation.contact')),
});

/** The limits of ApiClientInput; an empty contact is left out rather than sent as "". */
export function validateApiClient(
  values: ApiClientValues,
): { ok: true; body: ApiClientInput } | { ok: false; errors: FieldErrors<ApiClientField> } {
  const result = apiClientSchema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(apiClientFields, result.error.issues) };
  const { name, contact } = result.data;
  return { ok: true, body: contact === '' ? { name } : { name, contact } };
}
