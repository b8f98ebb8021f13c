import { useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import type { ReportAction } from '../api/report-actions';

type ActionFormProps = {
  title: string;
  submitLabel: string;
  /** Builds the action from the form, or returns the field errors to show (keyed by the API's field names). */
  build: () => ReportAction | Record<string, string>;
  run: (action: ReportAction) => Promise<unknown>;
  onDone?: () => void;
  /** The fields; each gets its error from `errors` by the API's field name. */
  children: (errors: Record<string, string>) => ReactNode;
  testId?: string;
  tone?: 'default' | 'danger';
};

/**
 * One decision on a report as a small form: checks, sends, and shows the API's answer (field
 * errors next to the fields, a refused transition as a message) without leaving the page.
 */
export function ActionForm({ title, submitLabel, build, run, onDone, children, testId, tone = 'default' }: ActionFormProps) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const action = build();
    if (!('kind' in action)) {
      setErrors(action as Record<string, string>);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await run(action as ReportAction);
      onDone?.();
    } catch (error) {
      if (isApiError(error, 400) && error.violations.length > 0) {
        setErrors(Object.fromEntries(error.violations.map((v) => [v.field.split('.').pop() ?? v.field, v.message])));
      } else if (isApiError(error, 409)) {
        setFailure(error.problem?.detail ?? t('action.conflict'));
      } else if (isApiError(error, 403)) {
        setFailure(t('forbidden.body'));
      } else {
        setFailure(isApiError(error) ? (error.problem?.detail ?? t('form.failed')) : t('action.network'));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="action-form" onSubmit={onSubmit} noValidate aria-busy={pending} data-testid={testId}>
      <h3>{title}</h3>
      {failure && (
        <Alert tone="error">
          <p>{failure}</p>
        </Alert>
      )}
      {children(errors)}
      <button type="submit" className={tone === 'danger' ? 'button button--danger' : 'button'} disabled={pending}>
        {pending ? t('form.submitting') : submitLabel}
      </button>
    </form>
  );
}
