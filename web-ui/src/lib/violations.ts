import type { Violation } from '@/api/errors';
import type { MessageKey } from '@/i18n/translate';

/** A field error: a dictionary key for our own checks, or the server's text for its violations. */
export type FieldError = { key: MessageKey } | { text: string };
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/**
 * Which form field a server violation belongs to: the field of the same name, else the longest
 * one its path ends with (`createAgency.input.code` -> `code`), so `account.email` never lands on `email`.
 */
export function fieldForViolation<F extends string>(fields: readonly F[], path: string): F | undefined {
  if ((fields as readonly string[]).includes(path)) return path as F;
  return fields
    .filter((f) => path.endsWith(`.${f}`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Splits server violations into per-field errors and the rest (shown above the form). */
export function mapViolations<F extends string>(
  fields: readonly F[],
  violations: readonly Violation[],
): { fieldErrors: FieldErrors<F>; other: Violation[] } {
  const fieldErrors: FieldErrors<F> = {};
  const other: Violation[] = [];
  for (const violation of violations) {
    const field = fieldForViolation(fields, violation.field);
    if (!field) {
      other.push(violation);
      continue;
    }
    const previous = fieldErrors[field];
    fieldErrors[field] = { text: previous && 'text' in previous ? `${previous.text} ${violation.message}` : violation.message };
  }
  return { fieldErrors, other };
}

/** Per-field errors from schema issues whose messages are dictionary keys; the first issue of a field wins. */
export function issuesToFieldErrors<F extends string>(
  fields: readonly F[],
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if ((fields as readonly string[]).includes(path) && !errors[path as F]) {
      errors[path as F] = { key: issue.message as MessageKey };
    }
  }
  return errors;
}
