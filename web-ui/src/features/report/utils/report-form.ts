import * as z from 'zod/mini';
import type { Violation } from '@/api/errors';
import type { components } from '@/api/schema';
import type { MessageKey } from '@/i18n/translate';

export type ReportType = components['schemas']['ReportType'];
type ReportSubmission = components['schemas']['ReportSubmission'];

export const reportTypes = ['COMPLAINT', 'ASPIRATION', 'INFORMATION_REQUEST'] as const satisfies readonly ReportType[];

/** Form fields, named as the API names them in `violations[].field`. */
export const formFields = [
  'type',
  'title',
  'description',
  'categoryId',
  'incidentDate',
  'location.kecamatanCode',
  'location.kelurahanCode',
  'location.address',
  'location.latitude',
  'location.longitude',
  'contact.name',
  'contact.email',
  'contact.phone',
] as const;
export type FormField = (typeof formFields)[number];

/** Everything the form holds, as strings where the user types (kept as a draft in localStorage). */
export type FormValues = {
  type: ReportType;
  title: string;
  description: string;
  categoryId: string;
  incidentDate: string;
  kecamatanCode: string;
  kelurahanCode: string;
  address: string;
  latitude: string;
  longitude: string;
  anonymous: boolean;
  confidential: boolean;
  name: string;
  email: string;
  phone: string;
};

export const emptyForm: FormValues = {
  type: 'COMPLAINT',
  title: '',
  description: '',
  categoryId: '',
  incidentDate: '',
  kecamatanCode: '',
  kelurahanCode: '',
  address: '',
  latitude: '',
  longitude: '',
  anonymous: false,
  confidential: false,
  name: '',
  email: '',
  phone: '',
};

/** Today in the browser's time zone as yyyy-mm-dd, the latest incident date the form offers. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

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
  incidentDate: z.string().check(z.refine((v) => v === '' || v <= today(), 'validation.incidentDate')),
  address: z.string().check(z.trim(), z.maxLength(300, 'validation.addressLength')),
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
    incidentDate: values.incidentDate,
    address: values.address,
    contact: asGuest ? { name: values.name, email: values.email, phone: values.phone } : { name: '', email: '', phone: '' },
  });
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const field = (path === 'address' ? 'location.address' : path) as FormField;
      if ((formFields as readonly string[]).includes(field) && !errors[field]) {
        errors[field] = { key: issue.message as MessageKey };
      }
    }
    return { ok: false, errors };
  }
  const { contact, incidentDate, address, ...rest } = result.data;
  const body: ReportSubmission = { ...rest };
  const filled = Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== ''));
  if (asGuest && Object.keys(filled).length > 0) body.contact = filled;
  if (values.categoryId) body.categoryId = values.categoryId;
  if (incidentDate) body.incidentDate = incidentDate;
  const location = {
    ...(values.kecamatanCode ? { kecamatanCode: values.kecamatanCode } : {}),
    ...(values.kelurahanCode ? { kelurahanCode: values.kelurahanCode } : {}),
    ...(address ? { address } : {}),
    ...(values.latitude && values.longitude
      ? { latitude: Number(values.latitude), longitude: Number(values.longitude) }
      : {}),
  };
  if (Object.keys(location).length > 0) body.location = location;
  if (values.anonymous) body.anonymous = true;
  if (values.confidential) body.confidential = true;
  return { ok: true, body };
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
