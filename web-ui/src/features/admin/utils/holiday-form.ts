import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { Holiday, HolidayKind } from '../api/holidays';
import { holidayKinds } from '../api/holidays';
import { name200 } from './rules';

export const holidayFields = ['date', 'name', 'kind'] as const;
export type HolidayField = (typeof holidayFields)[number];
export type HolidayFormValues = { date: string; name: string; kind: HolidayKind };

export const emptyHoliday: HolidayFormValues = { date: '', name: '', kind: 'NATIONAL' };

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A real calendar day (YYYY-MM-DD) within the years the API accepts. */
export function isValidDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= MIN_YEAR && year <= MAX_YEAR && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const schema = z.object({
  date: z.string().check(z.refine(isValidDay, 'holiday.validation.date')),
  name: name200(),
  kind: z.enum(holidayKinds),
});

export function validateHolidayForm(
  values: HolidayFormValues,
): { ok: true; body: Holiday } | { ok: false; errors: FieldErrors<HolidayField> } {
  const result = schema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(holidayFields, result.error.issues) };
  return { ok: true, body: result.data };
}
