import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useStatsHotspots } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { drillHref, hotspotLevels, type HotspotLevel, type StatsFilters } from '../utils/filters';
import { ChangeLine } from './change-line';
import { CsvButton } from './csv-button';
import { NumberLink } from './number-link';
import { QueryFallback } from './query-fallback';
import { StatsSection } from './stats-section';

type HotspotsBlockProps = { filters: StatsFilters; level: HotspotLevel; onLevel: (level: HotspotLevel) => void };

/** The areas and categories with the most reports in the period, against the period before. */
export function HotspotsBlock({ filters, level, onLevel }: HotspotsBlockProps) {
  const { t, formatNumber } = useI18n();
  const hotspots = useStatsHotspots(filters, level);
  const title = t('stats.hotspots.title');

  return (
    <StatsSection
      title={title}
      testId="stats-hotspots"
      actions={
        <CsvButton
          request={() => csvExports.hotspots(filters, level)}
          filename={csvFilename(`statistik-titik-rawan-${level}`, filters.from, filters.to)}
          what={title}
        />
      }
    >
      <fieldset className="fieldset fieldset--inline stats-level">
        <legend>{t('stats.hotspots.level')}</legend>
        {hotspotLevels.map((option) => (
          <label key={option} className="stats-radio">
            <input type="radio" name="stats-level" value={option} checked={level === option} onChange={() => onLevel(option)} />
            {t(option === 'kecamatan' ? 'form.kecamatan' : 'form.kelurahan')}
          </label>
        ))}
      </fieldset>
      {!hotspots.isSuccess ? (
        <QueryFallback query={hotspots} />
      ) : hotspots.data.items.length === 0 ? (
        <p className="empty">{t('stats.hotspots.empty')}</p>
      ) : (
        <div className="stats-scroll">
          <table className="stats-table" data-testid="hotspots-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(level === 'kecamatan' ? 'form.kecamatan' : 'form.kelurahan')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('stats.hotspots.received')}</th>
                <th scope="col">{t('stats.hotspots.previous')}</th>
                <th scope="col">{t('stats.hotspots.change')}</th>
              </tr>
            </thead>
            <tbody>
              {hotspots.data.items.map((row) => {
                const area = row.areaName ?? row.areaCode;
                // A row counts its exact category, so its reports leave out those of the sub-categories.
                const narrowing = { areaCode: row.areaCode, categoryId: row.categoryId, subCategories: false };
                return (
                  <tr key={`${row.areaCode} ${row.categoryId}`}>
                    <th scope="row">{area}</th>
                    <td>{row.categoryName}</td>
                    <td>
                      <NumberLink
                        value={row.received}
                        href={drillHref(filters, narrowing)}
                        what={`${area}, ${row.categoryName}`}
                      />
                    </td>
                    <td>{formatNumber(row.previous)}</td>
                    <td>
                      <ChangeLine current={row.received} previous={row.previous} kind="count" better="none" hidePrevious />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </StatsSection>
  );
}
