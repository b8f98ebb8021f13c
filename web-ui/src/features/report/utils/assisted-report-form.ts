import * as z from 'zod/mini';
import type { Violation } from '@/api/errors';
import type { AssistedChannel } from '@/lib/channels';
import { mapViolations as mapToFields, type FieldErrors } from '@/lib/violations';
import type { MessageKey } from '@/i18n/translate';
import type { AssistedReport } from '../api/create-assisted-report';
import { emptyForm, formFields, validateReportForm, type FormValues } from './report-form';

export type NoticeLanguage = NonNullable<AssistedReport['language']>;
export const noticeLanguages = ['id', 'en'] as const satisfies readonly NoticeLanguage[];

/** The report's fields plus how the complaint reached the unit. */
export type AssistedValues = FormValues & {
  channel: AssistedChannel | '';
  sourceUrl: string;
  language: NoticeLanguage;
};

export const emptyAssisted: AssistedValues = { ...emptyForm, channel: '', sourceUrl: '', language: 'id' };

/** Every field the form shows; the API names the report's own `report.title`, `report.contact.phone`, ... */
export const assistedFields = ['channel', 'sourceUrl', 'language', ...formFields] as const;
export type AssistedField = (typeof assistedFields)[number];

const sourceUrlSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'assisted.validation.sourceUrlRequired'),
  z.maxLength(2000, 'assisted.validation.sourceUrl'),
  z.refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'assisted.validation.sourceUrl'),
);

/** Checks the form and builds the request body; `sourceUrl` is sent only for a social-media post. */
export function validateAssisted(
  values: AssistedValues,
): { ok: true; body: AssistedReport } | { ok: false; errors: FieldErrors<AssistedField> } {
  const errors: FieldErrors<AssistedField> = {};
  if (!values.channel) errors.channel = { key: 'assisted.validation.channel' };
  let sourceUrl: string | undefined;
  if (values.channel === 'SOCIAL_MEDIA') {
    const parsed = sourceUrlSchema.safeParse(values.sourceUrl);
    if (parsed.success) sourceUrl = parsed.data;
    else errors.sourceUrl = { key: parsed.error.issues[0].message as MessageKey };
  }
  const report = validateReportForm(values, true);
  if (!report.ok) Object.assign(errors, report.errors);
  if (!report.ok || !values.channel || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: { channel: values.channel, ...(sourceUrl ? { sourceUrl } : {}), language: values.language, report: report.body },
  };
}

/** Server violations on their fields: `report.title` on the title, `sourceUrl` on the link, the rest above the form. */
export function mapAssistedViolations(violations: readonly Violation[]) {
  return mapToFields(assistedFields, violations);
}
