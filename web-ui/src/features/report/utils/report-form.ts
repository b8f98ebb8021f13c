import * as z from 'zod/mini';
import type { Violation } from '@/api/errors';
import type { components } from '@/api/schema';
import type { MessageKey } from '@/i18n/translate';

export type ReportType = components['schemas']['ReportType'];
type ReportSubmission = components['schemas']['ReportSubmission'];

export const reportTypes = ['COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST'] as const satisfies readonly ReportType[];

/** Form fields, named as the API names them in `violations[].field`. */
export const formFields = ['type', 'title', 'description', 'contact.name', 'contact.email', 'contact.phone'] as const;
export type FormField = (typeof formFields)[number];

export type FormValues = {
  type: ReportType;
  title: string;
  description: string;
  name: string;
  email: string;
  phone: string;
};

export const emptyForm: FormValues = { type: 'COMPLAINT', title: '', description: '', name: '', email: '', phone: '' };

/** A field error: a dictionary key for our own checks, or the server's text for its violations. */
export type FieldError = { key: MessageKey } | { text: string };
export type FieldErrors = Partial<Record<FormField, FieldError>>;

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const optional = (pattern: RegExp) => (v: string) => v === '' || pattern.test(v);
const length = (min: number, max: number, message: MessageKey) => [z.minLength(min, message), z.maxLength(max, message)];

// Mirrors the limits of ReportSubmission/Contact in openapi.yaml so most mistakes are caught before sending.
// Messages are dictionary keys, translated when shown.
const reportFormSchema = z.object({
  type: z.enum(reportTypes),
  title: z.string().check(z.trim(), ...length(5, 150, 'validation.titleLength')),
  description: z.string().check(z.trim(), ...length(10, 5000, 'validation.descriptionLength')),
  contact: z.object({
    name: z.string().check(z.trim(), z.maxLength(100, 'validation.nameLength')),
    email: z.string().check(z.trim(), z.maxLength(254, 'validation.email'), z.refine(optional(z.regexes.email), 'validation.email')),
    phone: z.string().check(z.trim(), z.refine(optional(PHONE), 'validation.phone')),
  }),
});

/** Checks the form and builds the request body; a citizen never sends contact details. */
export function validateReportForm(
  values: FormValues,
  asGuest: boolean,
): { ok: true; body: ReportSubmission } | { ok: false; errors: FieldErrors } {
  const result = reportFormSchema.safeParse({
    type: values.type,
    title: values.title,
    description: values.description,
    contact: asGuest ? { name: values.name, email: values.email, phone: values.phone } : { name: '', email: '', phone: '' },
  });
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') as FormField;
      if ((formFields as readonly string[]).includes(field) && !errors[field]) {
        errors[field] = { key: issue.message as MessageKey };
      }
    }
    return { ok: false, errors };
  }
  const { contact, ...rest } = result.data;
  const filled = Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== ''));
  return { ok: true, body: asGuest && Object.keys(filled).length > 0 ? { ...rest, contact: filled } : rest };
}

/** Which form field a server violation belongs to (`title`, `contact.email`, or a longer path ending in one). */
export function fieldForViolation(field: string): FormField | undefined {
  return formFields.find((f) => field === f || field.endsWith(`.${f}`));
}

/** Splits server violations into per-field errors and the rest (shown above the form). */
export function mapViolations(violations: Violation[]): { fieldErrors: FieldErrors; other: Violation[] } {
  const fieldErrors: FieldErrors = {};
  const other: Violation[] = [];
  for (const violation of violations) {
    const field = fieldForViolation(violation.field);
    if (!field) other.push(violation);
    else if (!fieldErrors[field]) fieldErrors[field] = { text: violation.message };
    else fieldErrors[field] = { text: `${(fieldErrors[field] as { text: string }).text} ${violation.message}` };
  }
  return { fieldErrors, other };
}
