import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useStatsBacklog, type StatsBacklogBucket } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { drillHref, openStatuses, type StatsFilters } from '../utils/filters';
import { addDays, MAX_PERIOD_DAYS, today } from '../utils/period';
import { CsvButton } from './csv-button';
import { NumberLink } from './number-link';
import { QueryFallback } from './query-fallback';
import { StatsSection } from './stats-section';

/**
 * The reports of an age bucket, replacing the dashboard's period: still open, received between maxDays
 * and minDays days ago. The oldest bucket has no end, so it reaches back as far as a period may.
 */
function bucketQuery(bucket: StatsBacklogBucket, now: string) {
  const to = addDays(now, -bucket.minDays);
  const from = bucket.maxDays == null ? addDays(to, -(MAX_PERIOD_DAYS - 1)) : addDays(now, -bucket.maxDays);
  return { from, to, status: [...openStatuses] };
}

/** The open reports today by age, and how many of them are past the deadline of their current step. */
export function BacklogBlock({ filters }: { filters: StatsFilters }) {
  const { t, formatDate } = useI18n();
  const backlog = useStatsBacklog(filters);
  const title = t('stats.backlog.title');
  const now = today();
  const most = Math.max(1, ...(backlog.data?.items.map((b) => b.open) ?? []));
  const age = (b: StatsBacklogBucket) =>
    b.maxDays == null ? t('stats.backlog.atLeast', { min: b.minDays }) : t('stats.backlog.range', { min: b.minDays, max: b.maxDays });

  return (
    <StatsSection
      title={title}
      testId="stats-backlog"
      actions={<CsvButton request={() => csvExports.backlog(filters)} filename={csvFilename('statistik-tunggakan', now)} what={title} />}
    >
      {backlog.isSuccess ? (
        <>
          <p className="muted">{t('stats.backlog.asOf', { date: formatDate(backlog.data.asOf) })}</p>
          <div className="stats-scroll">
            <table className="stats-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.backlog.age')}</th>
                  <th scope="col">{t('stats.backlog.open')}</th>
                  <th scope="col">{t('stats.backlog.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {backlog.data.items.map((bucket) => {
                  const query = bucketQuery(bucket, now);
                  return (
                    <tr key={bucket.bucket}>
                      <th scope="row">{age(bucket)}</th>
                      <td>
                        <span className="stats-bar" aria-hidden="true">
                          <span style={{ width: `${(bucket.open / most) * 100}%` }} />
                        </span>
                        <NumberLink value={bucket.open} href={drillHref(filters, query)} what={`${t('stats.backlog.open')}, ${age(bucket)}`} />
                      </td>
                      <td>
                        <NumberLink
                          value={bucket.overdue}
                          href={drillHref(filters, { ...query, overdue: true })}
                          what={`${t('stats.backlog.overdue')}, ${age(bucket)}`}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <QueryFallback query={backlog} />
      )}
    </StatsSection>
  );
}
