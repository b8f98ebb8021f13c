import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useAgencyRanking } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { drillHref, type StatsFilters } from '../utils/filters';
import { useStatsFormat } from '../utils/format';
import { CsvButton } from './csv-button';
import { NumberLink } from './number-link';
import { QueryFallback } from './query-fallback';
import { StatsSection } from './stats-section';

/** Agencies best first by their compliance score, page by page. */
export function AgencyRankingBlock({ filters }: { filters: StatsFilters }) {
  const { t, formatNumber } = useI18n();
  const format = useStatsFormat();
  const ranking = useAgencyRanking(filters);
  const title = t('stats.ranking.title');
  const share = (value: number | null) => (value == null ? '—' : format.percent(value));
  const items = ranking.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <StatsSection
      title={title}
      testId="stats-ranking"
      actions={
        <CsvButton
          request={() => csvExports.agencies(filters)}
          filename={csvFilename('statistik-peringkat-instansi', filters.from, filters.to)}
          what={title}
        />
      }
    >
      <p className="stats-note">{t('stats.ranking.note')}</p>
      {!ranking.isSuccess ? (
        <QueryFallback query={ranking} />
      ) : items.length === 0 ? (
        <p className="empty">{t('stats.ranking.empty')}</p>
      ) : (
        <>
          <div className="stats-scroll">
            <table className="stats-table" data-testid="ranking-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.ranking.rank')}</th>
                  <th scope="col">{t('stats.ranking.agency')}</th>
                  <th scope="col">{t('stats.ranking.score')}</th>
                  <th scope="col">{t('stats.ranking.received')}</th>
                  <th scope="col">{t('stats.ranking.resolved')}</th>
                  <th scope="col">{t('stats.ranking.followUpShare')}</th>
                  <th scope="col">{t('stats.ranking.resolutionShare')}</th>
                  <th scope="col">{t('stats.ranking.satisfaction')}</th>
                  <th scope="col">{t('stats.ranking.reopenRate')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((row) => {
                  // Ranked by the agency a report was last forwarded to: the unit itself, without its sub-units.
                  const own = { agencyId: row.agency.id, subAgencies: false };
                  return (
                    <tr key={row.agency.id}>
                      <td>{formatNumber(row.rank)}</td>
                      <th scope="row">{row.agency.name}</th>
                      <td>{format.decimal(row.score)}</td>
                      <td>
                        <NumberLink value={row.received} href={drillHref(filters, own)} what={`${row.agency.name}: ${t('stats.ranking.received')}`} />
                      </td>
                      <td>
                        <NumberLink
                          value={row.resolved}
                          href={drillHref(filters, { ...own, status: ['RESOLVED', 'CLOSED'] })}
                          what={`${row.agency.name}: ${t('stats.ranking.resolved')}`}
                        />
                      </td>
                      <td>{share(row.followUpShare)}</td>
                      <td>{share(row.resolutionShare)}</td>
                      <td>{row.satisfactionMean == null ? '—' : format.decimal(row.satisfactionMean)}</td>
                      <td>{share(row.reopenRate)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {ranking.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void ranking.fetchNextPage()}
              disabled={ranking.isFetchingNextPage}
            >
              {ranking.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
            </button>
          )}
        </>
      )}
    </StatsSection>
  );
}
