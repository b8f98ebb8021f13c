import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';
import { failureOf } from '../utils/failure';

/** A failed personal-data request: what did not happen, and why. */
export function FailureAlert({ title, error, testId }: { title: string; error: unknown; testId?: string }) {
  const { t } = useI18n();
  const failure = failureOf(error);
  return (
    <Alert tone="error" title={title} testId={testId}>
      <p>{t(failure.reason)}</p>
      {failure.detail && <p>{failure.detail}</p>}
    </Alert>
  );
}
