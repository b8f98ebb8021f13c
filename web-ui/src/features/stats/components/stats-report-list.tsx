import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ReportStatusBadge } from '@/features/report/components/report-status';
import { useI18n } from '@/i18n/use-i18n';
import { useStatsReports, type StatsReport } from '../api/get-stats';
import type { ReportQuery } from '../utils/filters';
import { useStatsFormat } from '../utils/format';
import { QueryFallback } from './query-fallback';

/** How long each step of a report took, and whether it kept its deadline, in words. */
function Durations({ report }: { report: StatsReport }) {
  const { t } = useI18n();
  const format = useStatsFormat();
  const step = (label: string, value?: number, met?: boolean) =>
    value === undefined ? null : `${label}: ${format.days(value)}${met === undefined ? '' : ` (${t(met ? 'stats.reports.onTime' : 'stats.reports.late')})`}`;
  const parts = [
    step(t('stats.duration.verify'), report.verifyDays, report.verifyMet),
    step(t('stats.duration.followUp'), report.followUpDays, report.followUpMet),
    step(t('stats.duration.resolution'), report.resolutionDays),
    report.rating !== undefined && t('stats.reports.rating', { rating: report.rating }),
  ].filter(Boolean);
  return parts.length > 0 ? <p className="stats-durations">{parts.join(' · ')}</p> : null;
}

/** The reports behind a number, newest first, page by page. */
export function StatsReportList({ query }: { query: ReportQuery }) {
  const { t, formatDate } = useI18n();
  const reports = useStatsReports(query);
  if (!reports.isSuccess) return <QueryFallback query={reports} />;
  const items = reports.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="stats-reports-empty">
        {t('stats.reports.empty')}
      </p>
    );
  }
  return (
    <>
      <ul className="report-list" data-testid="stats-reports">
        {items.map((report) => (
          <li key={report.id} className="report-list__item">
            <p className="report-list__meta">
              <ReportStatusBadge status={report.status} /> <span className="muted">{t(`type.${report.type}`)}</span>
              {report.reopened && <span className="badge badge--none">{t('report.reopened')}</span>}
              {report.confidential && <span className="badge badge--none">{t('stats.reports.confidential')}</span>}
            </p>
            <Link to={paths.report.getHref(report.id)} className="report-list__title">
              <span className="mono">{report.trackingCode}</span> {report.title}
            </Link>
            <p className="muted">{t('stats.reports.receivedAt', { date: formatDate(report.receivedAt) })}</p>
            <Durations report={report} />
          </li>
        ))}
      </ul>
      {reports.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => void reports.fetchNextPage()} disabled={reports.isFetchingNextPage}>
          {reports.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </>
  );
}
