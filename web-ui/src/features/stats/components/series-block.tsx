import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useStatsSeries, type StatsSeriesItem } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { drillHref, type StatsFilters } from '../utils/filters';
import { useBucketLabels } from '../utils/format';
import { bucketCount, bucketPeriod, MAX_SERIES_ITEMS, type Interval } from '../utils/period';
import { CsvButton } from './csv-button';
import { NumberLink } from './number-link';
import { QueryFallback } from './query-fallback';
import { SeriesChart, type Basis } from './series-chart';
import { StatsSection } from './stats-section';

const FILE_INTERVAL = { day: 'harian', week: 'mingguan', month: 'bulanan' } as const;

type SeriesBlockProps = { filters: StatsFilters; interval: Interval; onInterval: (interval: Interval) => void };

/** Received and resolved over time, with the interval to choose, the same numbers as a table, and CSV. */
export function SeriesBlock({ filters, interval, onInterval }: SeriesBlockProps) {
  const { t, formatNumber } = useI18n();
  const series = useStatsSeries(filters, interval);
  const labels = useBucketLabels(interval);
  const title = t('stats.series.title');
  // A series item's reports: received (or, for `resolved`, resolved) on the item's days within the period.
  const hrefFor = (item: StatsSeriesItem, basis: Basis) =>
    drillHref(filters, { ...bucketPeriod(item.start, interval, filters), ...(basis === 'resolved' ? { basis } : {}) });

  return (
    <StatsSection
      title={title}
      testId="stats-series"
      actions={
        <CsvButton
          request={() => csvExports.series(filters, interval)}
          filename={csvFilename(`statistik-tren-${FILE_INTERVAL[interval]}`, filters.from, filters.to)}
          what={title}
        />
      }
    >
      <div className="stats-toolbar">
        <Field id="stats-interval" label={t('stats.series.interval')}>
          {(control) => (
            <select {...control} value={interval} onChange={(e) => onInterval(e.target.value as Interval)}>
              {(['day', 'week', 'month'] as const).map((option) => (
                <option key={option} value={option} disabled={bucketCount(filters, option) > MAX_SERIES_ITEMS}>
                  {t(`stats.series.interval.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ul className="stats-legend">
          <li>
            <span className="stats-legend__swatch stats-chart__received" aria-hidden="true" /> {t('stats.series.received')}
          </li>
          <li>
            <span className="stats-legend__swatch stats-chart__resolved" aria-hidden="true" /> {t('stats.series.resolved')}
          </li>
        </ul>
      </div>
      {series.isSuccess ? (
        <>
          <SeriesChart
            items={series.data.items}
            interval={interval}
            hrefFor={hrefFor}
            label={t('stats.series.label', {
              received: formatNumber(series.data.items.reduce((n, item) => n + item.received, 0)),
              resolved: formatNumber(series.data.items.reduce((n, item) => n + item.resolved, 0)),
            })}
          />
          <details className="stats-details">
            <summary>{t('stats.table.show')}</summary>
            <div className="stats-scroll">
              <table className="stats-table" data-testid="series-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(`stats.series.interval.${interval}`)}</th>
                    <th scope="col">{t('stats.series.received')}</th>
                    <th scope="col">{t('stats.series.resolved')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.data.items.map((item) => (
                    <tr key={item.start}>
                      <th scope="row">{labels.long(item.start)}</th>
                      {(['received', 'resolved'] as const).map((basis) => (
                        <td key={basis}>
                          <NumberLink
                            value={item[basis]}
                            href={hrefFor(item, basis)}
                            what={`${t(`stats.series.${basis}`)}, ${labels.long(item.start)}`}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        <QueryFallback query={series} />
      )}
    </StatsSection>
  );
}
