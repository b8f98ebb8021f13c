import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/use-i18n';

/** A list that could not be loaded: a refusal says so, anything else offers to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  if (isApiError(error, 403)) return <Alert tone="error" title={t('admin.loadForbidden')} testId="load-failed" />;
  return (
    <Alert tone="error" title={t('admin.loadFailed')} testId="load-failed">
      {isApiError(error) && error.problem?.detail && <p>{error.problem.detail}</p>}
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </Alert>
  );
}
