import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { AgencyInput } from '../api/agencies';
import type { Agency } from '@/features/agency/api/get-agencies';
import { code, name200, orNull } from './rules';

export const agencyFields = ['code', 'name', 'parentId'] as const;
export type AgencyField = (typeof agencyFields)[number];
export type AgencyFormValues = { code: string; name: string; parentId: string; active: boolean };

export const agencyFormValues = (agency?: Agency): AgencyFormValues => ({
  code: agency?.code ?? '',
  name: agency?.name ?? '',
  parentId: agency?.parentId ?? '',
  active: agency?.active ?? true,
});

const schema = z.object({ code: code(), name: name200() });

export function validateAgencyForm(
  values: AgencyFormValues,
): { ok: true; body: AgencyInput } | { ok: false; errors: FieldErrors<AgencyField> } {
  const result = schema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(agencyFields, result.error.issues) };
  return { ok: true, body: { ...result.data, parentId: orNull(values.parentId), active: values.active } };
}
