import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { getEnv } from '@/config/env';
import { useI18n } from '@/i18n/use-i18n';
import { csvExports } from '../api/export-csv';
import { useOpenDataMonthly } from '../api/get-stats';
import { csvFilename } from '../utils/download';
import { useBucketLabels } from '../utils/format';
import { CsvButton } from './csv-button';
import { QueryFallback } from './query-fallback';
import { ScrollRegion } from './scroll-region';
import { StatsSection } from './stats-section';

/** Open data per month, category and kecamatan: one month at a time on screen, every month as CSV or JSON. */
export function OpenDataMonthlyBlock() {
  const { t, formatNumber } = useI18n();
  const monthly = useOpenDataMonthly();
  const [chosen, setChosen] = useState('');
  const title = t('stats.open.monthly');
  const months = [...new Set(monthly.data?.items.map((row) => row.month))].sort().reverse();
  const month = months.includes(chosen) ? chosen : months[0];
  const labels = useBucketLabels('month');
  const monthName = (value: string) => labels.long(`${value}-01`);
  const rows = monthly.data?.items.filter((row) => row.month === month) ?? [];

  return (
    <StatsSection
      title={title}
      testId="open-monthly"
      actions={
        monthly.isSuccess && (
          <span className="stats-downloads">
            <CsvButton
              request={csvExports.openMonthly}
              filename={csvFilename('data-terbuka-bulanan', monthly.data.from, monthly.data.to)}
              what={title}
            />
            {/* The API negotiates the format: a plain link asks for JSON. */}
            <a
              className="button button--small button--secondary"
              href={`${getEnv().apiUrl}/api/v1/open-data/monthly`}
              type="application/json"
              aria-label={`${t('stats.open.json')}: ${title}`}
            >
              {t('stats.open.json')}
            </a>
          </span>
        )
      }
    >
      {!monthly.isSuccess ? (
        <QueryFallback query={monthly} />
      ) : months.length === 0 ? (
        <p className="empty">{t('stats.open.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('stats.open.range', { from: monthName(monthly.data.from), to: monthName(monthly.data.to) })}</p>
          <div className="stats-toolbar">
            <Field id="open-month" label={t('stats.open.month')}>
              {(control) => (
                <select {...control} value={month} onChange={(e) => setChosen(e.target.value)}>
                  {months.map((value) => (
                    <option key={value} value={value}>
                      {monthName(value)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <ScrollRegion label={`${title}: ${monthName(month)}`}>
            <table className="stats-table" data-testid="open-monthly-table">
              <caption className="visually-hidden">{`${title}: ${monthName(month)}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('form.category')}</th>
                  <th scope="col">{t('form.kecamatan')}</th>
                  <th scope="col">{t('stats.series.received')}</th>
                  <th scope="col">{t('stats.series.resolved')}</th>
                  <th scope="col">{t('stats.open.archived')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.categoryCode} ${row.kecamatanCode}`}>
                    <th scope="row">{row.categoryName || t('stats.open.noCategory')}</th>
                    <td>{row.kecamatanName || t('stats.open.noArea')}</td>
                    <td>{formatNumber(row.received)}</td>
                    <td>{formatNumber(row.resolved)}</td>
                    <td>{formatNumber(row.archived)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </StatsSection>
  );
}
