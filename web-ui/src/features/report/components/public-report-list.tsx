import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import { hasAnyRole } from '@/auth/roles';
import { useAuth } from '@/auth/use-auth';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n/use-i18n';
import { usePublicReports, useSupportReport, type PublicFilters, type PublicReport } from '../api/public-reports';
import { ReportStatusBadge } from './report-status';

/** "Saya juga mengalami": guests are asked to log in; a citizen's support counts once. */
export function SupportButton({ report }: { report: Pick<PublicReport, 'id' | 'title'> }) {
  const { t } = useI18n();
  const { state, login } = useAuth();
  const support = useSupportReport();
  const [done, setDone] = useState<'supported' | 'already' | null>(null);
  if (state.status !== 'authenticated') {
    return (
      <button type="button" className="button button--small button--secondary" onClick={() => login()}>
        {t('public.supportLogin')}
      </button>
    );
  }
  if (!hasAnyRole(state, ['citizen'])) return null;
  if (done) return <span className="muted">{done === 'supported' ? t('public.supported') : t('public.alreadySupported')}</span>;
  return (
    <button
      type="button"
      className="button button--small button--secondary"
      disabled={support.isPending}
      onClick={() =>
        support.mutate(report.id, {
          onSuccess: () => setDone('supported'),
          onError: (e) => isApiError(e, 409) && setDone('already'),
        })
      }
      aria-label={t('public.supportFor', { title: report.title })}
    >
      {t('public.support')}
    </button>
  );
}

/** The public feed: reports anyone may read, with their support count. */
export function PublicReportList({ filters }: { filters: PublicFilters }) {
  const { t, formatDate } = useI18n();
  const feed = usePublicReports(filters);
  if (feed.isPending) return <Loading label={t('common.loading')} />;
  if (feed.isError) {
    return (
      <Alert tone="error" title={t('public.error')}>
        {isApiError(feed.error, 400) && <p>{feed.error.violations.map((v) => `${v.field}: ${v.message}`).join('; ')}</p>}
        <button type="button" className="button button--small" onClick={() => void feed.refetch()}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }
  const items = feed.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="empty" data-testid="public-empty">{t('public.empty')}</p>;
  return (
    <>
      <ul className="report-list" data-testid="public-list">
        {items.map((report) => (
          <li key={report.id} className="report-list__item">
            <p className="report-list__meta">
              <ReportStatusBadge status={report.status} /> <span className="muted">{t(`type.${report.type}`)}</span>
            </p>
            <Link to={paths.publicReport.getHref(report.trackingCode)} className="report-list__title">
              {report.title}
            </Link>
            <p className="report-list__excerpt">{report.description.length > 200 ? `${report.description.slice(0, 200)}…` : report.description}</p>
            <p className="muted">
              {formatDate(report.createdAt)} · {t('public.supports', { count: report.supportCount })}
            </p>
            <SupportButton report={report} />
          </li>
        ))}
      </ul>
      {feed.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => void feed.fetchNextPage()} disabled={feed.isFetchingNextPage}>
          {feed.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </>
  );
}
