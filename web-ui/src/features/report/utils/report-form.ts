import * as z from 'zod/mini';
import type { components } from '@/api/schema';
import type { MessageKey } from '@/i18n/translate';
import { reportTypes, type ReportType } from '@/lib/report-types';
import type { FieldErrors } from '@/lib/violations';

type ReportSubmission = components['schemas']['ReportSubmission'];

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

/** Which form value shows each field's errors (the API names the address `location.address`, the form `address`). */
export const valueOfField: Record<FormField, keyof FormValues> = {
  type: 'type',
  title: 'title',
  description: 'description',
  categoryId: 'categoryId',
  incidentDate: 'incidentDate',
  'location.kecamatanCode': 'kecamatanCode',
  'location.kelurahanCode': 'kelurahanCode',
  'location.address': 'address',
  'location.latitude': 'latitude',
  'location.longitude': 'longitude',
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
};

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const optional = (pattern: RegExp) => (v: string) => v === '' || pattern.test(v);
const length = (min: number, max: number, message: MessageKey) => [z.minLength(min, message), z.maxLength(max, message)];

/**
 * Mirrors the limits of ReportSubmission/Contact in openapi.yaml so most mistakes are caught before sending.
 * Messages are dictionary keys, translated when shown. A citizen's contact fields are not shown, so not checked.
 */
export function reportFormSchema(asGuest: boolean) {
  const contact = (check: z.ZodMiniString<string>) => (asGuest ? check : z.string());
  return z.object({
    type: z.enum(reportTypes),
    title: z.string().check(z.trim(), ...length(5, 150, 'validation.titleLength')),
    description: z.string().check(z.trim(), ...length(10, 5000, 'validation.descriptionLength')),
    categoryId: z.string(),
    incidentDate: z.string().check(z.refine((v) => v === '' || v <= today(), 'validation.incidentDate')),
    kecamatanCode: z.string(),
    kelurahanCode: z.string(),
    address: z.string().check(z.trim(), z.maxLength(300, 'validation.addressLength')),
    latitude: z.string(),
    longitude: z.string(),
    anonymous: z.boolean(),
    confidential: z.boolean(),
    name: contact(z.string().check(z.trim(), z.maxLength(100, 'validation.nameLength'))),
    email: contact(z.string().check(z.trim(), z.maxLength(254, 'validation.email'), z.refine(optional(z.regexes.email), 'validation.email'))),
    phone: contact(z.string().check(z.trim(), z.refine(optional(PHONE), 'validation.phone'))),
  });
}

/** The request body of checked form values: only what was filled in; a citizen never sends contact details. */
export function toSubmission(values: FormValues, asGuest: boolean): ReportSubmission {
  const { type, title, description, name, email, phone } = values;
  const body: ReportSubmission = { type, title, description };
  const contact = Object.fromEntries(Object.entries({ name, email, phone }).filter(([, v]) => v !== ''));
  if (asGuest && Object.keys(contact).length > 0) body.contact = contact;
  if (values.categoryId) body.categoryId = values.categoryId;
  if (values.incidentDate) body.incidentDate = values.incidentDate;
  const location = {
    ...(values.kecamatanCode ? { kecamatanCode: values.kecamatanCode } : {}),
    ...(values.kelurahanCode ? { kelurahanCode: values.kelurahanCode } : {}),
    ...(values.address ? { address: values.address } : {}),
    ...(values.latitude && values.longitude
      ? { latitude: Number(values.latitude), longitude: Number(values.longitude) }
      : {}),
  };
  if (Object.keys(location).length > 0) body.location = location;
  if (values.anonymous) body.anonymous = true;
  if (values.confidential) body.confidential = true;
  return body;
}

/** Checks the form and builds the request body (the officials' form, which keeps its own state). */
export function validateReportForm(
  values: FormValues,
  asGuest: boolean,
): { ok: true; body: ReportSubmission } | { ok: false; errors: FieldErrors<FormField> } {
  const result = reportFormSchema(asGuest).safeParse(values);
  if (result.success) return { ok: true, body: toSubmission(result.data, asGuest) };
  const errors: FieldErrors<FormField> = {};
  for (const issue of result.error.issues) {
    const field = formFields.find((f) => valueOfField[f] === issue.path.join('.'));
    if (field && !errors[field]) errors[field] = { key: issue.message as MessageKey };
  }
  return { ok: false, errors };
}
