import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import type { Report } from '../api/get-report';

export type PersonalDataSpan = NonNullable<Report['personalData']>[number];

type MarkedTextProps = {
  text: string;
  field: PersonalDataSpan['field'];
  spans?: Report['personalData'];
};

/**
 * A report's text as its reporter wrote it, with the personal data that every public view masks
 * marked, so that officials and the reporter see what the public does not (issue 21).
 */
export function MarkedText({ text, field, spans }: MarkedTextProps) {
  const { t } = useI18n();
  const mine = (spans ?? []).filter((s) => s.field === field).sort((a, b) => a.start - b.start);
  if (mine.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of mine) {
    if (s.start < at || s.end > text.length) continue;
    parts.push(text.slice(at, s.start));
    const label = t(`privacy.kind.${s.kind}`);
    parts.push(
      <mark key={s.start} className="personal-data" title={t('privacy.hidden', { kind: label })} data-kind={s.kind}>
        {text.slice(s.start, s.end)}
        <span className="visually-hidden"> ({t('privacy.hidden', { kind: label })})</span>
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
