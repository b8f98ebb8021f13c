import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useTrackReport } from '../api/track-report';
import { ReportStatusBadge } from './report-status';

/** The public status of the report with this code, or why it cannot be shown. */
export function TrackedReport({ trackingCode }: { trackingCode: string }) {
  const { t, formatDate } = useI18n();
  const query = useTrackReport(trackingCode);

  if (query.isPending) return <Loading label={t('track.loading')} />;

  if (query.isError) {
    if (isApiError(query.error, 404)) {
      return (
        <Alert tone="warning" title={t('track.notFound.title')} testId="track-not-found">
          <p>{t('track.notFound.body', { code: trackingCode })}</p>
        </Alert>
      );
    }
    return (
      <Alert tone="error" title={t('track.failed')} testId="track-failed">
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }

  const report = query.data;
  return (
    <article className="report-card" aria-labelledby="tracked-title" data-testid="tracked-report">
      {/* A report that is not public yet shows its status only, without its title. */}
      <h2 id="tracked-title">{report.title ?? t('track.notPublic', { code: report.trackingCode })}</h2>
      <dl className="details">
        <dt>{t('report.status')}</dt>
        <dd>
          <ReportStatusBadge status={report.status} />
        </dd>
        <dt>{t('report.type')}</dt>
        <dd>{t(`type.${report.type}`)}</dd>
        <dt>{t('report.trackingCode')}</dt>
        <dd className="mono">{report.trackingCode}</dd>
        <dt>{t('report.createdAt')}</dt>
        <dd>{formatDate(report.createdAt)}</dd>
        <dt>{t('report.updatedAt')}</dt>
        <dd>{formatDate(report.updatedAt)}</dd>
      </dl>
      {/* Only a public report has a title here; its page shows what the agency answered. */}
      {report.title !== undefined && (
        <p>
          <Link to={paths.publicReport.getHref(report.trackingCode)} data-testid="public-page-link">
            {t('track.publicPage')}
          </Link>
        </p>
      )}
    </article>
  );
}
