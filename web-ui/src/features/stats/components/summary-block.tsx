import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useOpenDataSummary, useStatsSummary } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { drillHref, type StatsFilters } from '../utils/filters';
import type { Period } from '../utils/period';
import { CsvButton } from './csv-button';
import { QueryFallback } from './query-fallback';
import { StatsSection } from './stats-section';
import { SummaryFigures } from './summary-figures';

/** The dashboard's key figures; every count opens the reports behind it. */
export function SummaryBlock({ filters }: { filters: StatsFilters }) {
  const { t } = useI18n();
  const summary = useStatsSummary(filters);
  const title = t('stats.summary.title');
  return (
    <StatsSection
      title={title}
      testId="stats-summary"
      actions={
        <CsvButton
          request={() => csvExports.summary(filters)}
          filename={csvFilename('statistik-ringkasan', filters.from, filters.to)}
          what={title}
        />
      }
    >
      {summary.isSuccess ? (
        <SummaryFigures summary={summary.data} drill={(narrowing) => drillHref(filters, narrowing)} />
      ) : (
        <QueryFallback query={summary} />
      )}
    </StatsSection>
  );
}

/** The city's key figures for everyone: the same cards, without confidential reports and without drill-down. */
export function OpenDataSummaryBlock({ period }: { period: Period }) {
  const { t } = useI18n();
  const summary = useOpenDataSummary(period);
  const title = t('stats.summary.title');
  return (
    <StatsSection
      title={title}
      testId="open-summary"
      actions={
        <CsvButton
          request={() => csvExports.openSummary(period)}
          filename={csvFilename('data-terbuka-ringkasan', period.from, period.to)}
          what={title}
        />
      }
    >
      {summary.isSuccess ? <SummaryFigures summary={summary.data} drill={undefined} /> : <QueryFallback query={summary} />}
    </StatsSection>
  );
}
