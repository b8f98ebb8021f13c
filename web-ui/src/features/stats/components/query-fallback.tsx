import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useI18n } from '@/i18n/use-i18n';

type QueryLike = { isPending: boolean; error: unknown; refetch: () => unknown };

/** What a block shows while its figures load or when they cannot: a refusal or invalid filters say why, anything else offers a retry. */
export function QueryFallback({ query }: { query: QueryLike }) {
  const { t } = useI18n();
  if (query.isPending) return <Loading label={t('common.loading')} />;
  const { error } = query;
  if (isApiError(error, 403)) return <Alert tone="error" title={t('stats.forbidden')} testId="stats-error" />;
  return (
    <Alert tone="error" title={t('stats.error')} testId="stats-error">
      {isApiError(error, 400) && <p>{error.violations.map((v) => `${v.field}: ${v.message}`).join('; ') || error.message}</p>}
      <button type="button" className="button button--small" onClick={() => void query.refetch()}>
        {t('common.retry')}
      </button>
    </Alert>
  );
}
