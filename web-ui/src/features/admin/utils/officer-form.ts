import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { Officer, OfficerRegistration, OfficerUpdate } from '../api/officers';
import { email, name200, requiredText, USERNAME_PATTERN } from './rules';

export type AccountKind = 'existing' | 'new';

/** Form fields; server paths such as `account.username` end in them, so violations find their field. */
export const registrationFields = {
  existing: ['subject', 'name', 'email', 'agencyId'],
  new: ['username', 'firstName', 'lastName', 'email', 'agencyId'],
} as const satisfies Record<AccountKind, readonly string[]>;
export type RegistrationField = (typeof registrationFields)[AccountKind][number];

export type RegistrationValues = {
  kind: AccountKind;
  subject: string;
  username: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  agencyId: string;
};

export const emptyRegistration: RegistrationValues = {
  kind: 'new',
  subject: '',
  username: '',
  firstName: '',
  lastName: '',
  name: '',
  email: '',
  agencyId: '',
};

const agencyId = () => z.string().check(z.minLength(1, 'admin.validation.agency'));
const personName = () => requiredText(100, 'officer.validation.personName');

const existingSchema = z.object({
  subject: requiredText(64, 'officer.validation.subject'),
  name: name200(),
  email: email(true),
  agencyId: agencyId(),
});

const newSchema = z.object({
  username: z.string().check(z.trim(), z.regex(USERNAME_PATTERN, 'officer.validation.username')),
  firstName: personName(),
  lastName: personName(),
  email: email(false),
  agencyId: agencyId(),
});

export function validateRegistration(
  values: RegistrationValues,
): { ok: true; body: OfficerRegistration } | { ok: false; errors: FieldErrors<RegistrationField> } {
  if (values.kind === 'existing') {
    const result = existingSchema.safeParse(values);
    if (!result.success) return { ok: false, errors: issuesToFieldErrors(registrationFields.existing, result.error.issues) };
    const { email: mail, ...rest } = result.data;
    return { ok: true, body: mail ? { ...rest, email: mail } : rest };
  }
  const result = newSchema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(registrationFields.new, result.error.issues) };
  const { username, firstName, lastName, email: mail, agencyId: agency } = result.data;
  return {
    ok: true,
    body: {
      account: { username, email: mail, firstName, lastName },
      agencyId: agency,
      // The officer's display name is the account's full name.
      name: `${firstName} ${lastName}`.slice(0, 200),
      email: mail,
    },
  };
}

export const officerUpdateFields = ['agencyId', 'name', 'email'] as const;
export type OfficerUpdateField = (typeof officerUpdateFields)[number];
export type OfficerUpdateValues = { agencyId: string; name: string; email: string; active: boolean };

export const officerUpdateValues = (officer: Officer): OfficerUpdateValues => ({
  agencyId: officer.agencyId,
  name: officer.name,
  email: officer.email ?? '',
  active: officer.active,
});

const updateSchema = z.object({ agencyId: agencyId(), name: name200(), email: email(true) });

export function validateOfficerUpdate(
  values: OfficerUpdateValues,
): { ok: true; body: OfficerUpdate } | { ok: false; errors: FieldErrors<OfficerUpdateField> } {
  const result = updateSchema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(officerUpdateFields, result.error.issues) };
  const { email: mail, ...rest } = result.data;
  return { ok: true, body: { ...rest, ...(mail ? { email: mail } : {}), active: values.active } };
}
