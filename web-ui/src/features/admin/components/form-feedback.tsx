import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import type { FormSummary } from '../hooks/use-form-feedback';

/** The error summary above an admin form (see useFormFeedback). */
export function FormFeedback({ summary }: { summary: FormSummary }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Each new summary takes the focus, so keyboard and screen-reader users notice it.
  useEffect(() => {
    if (summary.shown > 0) ref.current?.focus();
  }, [summary.shown]);
  return (
    <>
      {summary.invalid && (
        <Alert tone="error" title={t('admin.form.invalid')} ref={ref} testId="form-errors">
          {summary.other.length > 0 && (
            <ul>
              {summary.other.map((v) => (
                <li key={`${v.field}:${v.message}`}>
                  <span className="mono">{v.field}</span>: {v.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {summary.failure && (
        <Alert tone="error" title={t(summary.failure.title)} ref={ref} testId="form-failed">
          {summary.failure.detail && <p>{summary.failure.detail}</p>}
        </Alert>
      )}
    </>
  );
}
