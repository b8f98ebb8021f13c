import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { LoadMore } from '@/components/ui/load-more';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { useMyReports } from '../api/get-my-reports';
import { ReportStatusBadge } from './report-status';

/** The logged-in citizen's reports, newest first, a page at a time. */
export function MyReportList() {
  const { t, formatDate } = useI18n();
  const query = useMyReports();

  if (query.isPending) return <Loading label={t('mine.loading')} />;

  if (!query.data) {
    if (isApiError(query.error, 403)) return <Alert tone="error" title={t('mine.forbidden')} />;
    return (
      <Alert tone="error" title={t('mine.failed')} testId="my-reports-failed">
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }

  const reports = query.data.pages.flatMap((page) => page.items);
  if (reports.length === 0) {
    return (
      <div className="empty" data-testid="my-reports-empty">
        <p>{t('mine.empty')}</p>
        <Link className="button" to={paths.newReport.getHref()}>
          {t('nav.newReport')}
        </Link>
      </div>
    );
  }

  return (
    <>
      <ul className="report-list" data-testid="my-reports">
        {reports.map((report) => (
          <li key={report.id} className="report-card">
            <h2 className="report-card__title">
              <Link to={paths.report.getHref(report.id)}>{report.title}</Link>
            </h2>
            <p className="report-card__meta">
              <ReportStatusBadge status={report.status} /> <span>{t(`type.${report.type}`)}</span>
            </p>
            <dl className="details details--compact">
              <dt>{t('report.trackingCode')}</dt>
              <dd>
                <span className="mono">{report.trackingCode}</span>
              </dd>
              <dt>{t('report.createdAt')}</dt>
              <dd>{formatDate(report.createdAt)}</dd>
              <dt>{t('report.updatedAt')}</dt>
              <dd>{formatDate(report.updatedAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <LoadMore query={query} labels={{ failed: t('mine.failed'), more: t('mine.loadMore'), loading: t('mine.loadingMore') }} />
    </>
  );
}
