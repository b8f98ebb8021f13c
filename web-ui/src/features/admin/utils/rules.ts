import * as z from 'zod/mini';
import type { MessageKey } from '@/i18n/translate';

// The limits of openapi.yaml, so most mistakes are caught before sending. Messages are dictionary keys.

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;

const msg = (key: MessageKey) => key;

/** A required, trimmed text of at most `max` characters. */
export const requiredText = (max: number, message: MessageKey) =>
  z.string().check(z.trim(), z.minLength(1, msg(message)), z.maxLength(max, msg(message)));

export const code = () => z.string().check(z.trim(), z.regex(CODE_PATTERN, msg('admin.validation.code')));

export const name200 = () => requiredText(200, 'admin.validation.name');

/** An email address of at most 254 characters; empty when `optional`. */
export const email = (optional: boolean) =>
  z.string().check(
    z.trim(),
    z.maxLength(254, msg('admin.validation.email')),
    z.refine((v) => (optional && v === '') || z.regexes.email.test(v), msg('admin.validation.email')),
  );

/** Select values are '' for "none"; the API wants null there. */
export const orNull = (value: string) => (value === '' ? null : value);
