import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { RequireRole } from '@/auth/require-role';
import { paths } from '@/config/paths';
import { csvExports } from '@/features/stats/api/export-csv';
import { CsvButton } from '@/features/stats/components/csv-button';
import { ReportQueryDescription } from '@/features/stats/components/report-query-description';
import { StatsReportList } from '@/features/stats/components/stats-report-list';
import { csvFilename } from '@/features/stats/utils/download';
import { parseFilters, parseReportQuery, toSearch } from '@/features/stats/utils/filters';
import '@/features/stats/stats.css';
import { useI18n } from '@/i18n/use-i18n';

function StatsReports() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const query = useMemo(() => parseReportQuery(params), [params]);
  const title = t('stats.reports.title');

  return (
    <div className="page page--wide stats">
      <p>
        <Link to={paths.stats.getHref(toSearch(parseFilters(params)))}>{t('stats.reports.back')}</Link>
      </p>
      <div className="stats-block__head">
        <h1>{title}</h1>
        <CsvButton request={() => csvExports.reports(query)} filename={csvFilename('statistik-laporan', query.from, query.to)} what={title} />
      </div>
      <ReportQueryDescription query={query} />
      <StatsReportList query={query} />
    </div>
  );
}

/** /statistik/laporan: the reports behind one number of the dashboard, with the same filters. */
export default function StatsReportsRoute() {
  return (
    <RequireRole roles={['officer', 'admin', 'supervisor']}>
      <StatsReports />
    </RequireRole>
  );
}
