import { OpenDataMonthlyBlock } from '@/features/stats/components/open-data-monthly-block';
import { PeriodFields } from '@/features/stats/components/period-fields';
import { OpenDataSummaryBlock } from '@/features/stats/components/summary-block';
import { useStatsParams } from '@/features/stats/hooks/use-stats-params';
import '@/features/stats/stats.css';
import { useI18n } from '@/i18n/use-i18n';

/** /statistik-publik: the city's figures and open data for everyone, no login. */
export default function PublicStatsRoute() {
  const { t } = useI18n();
  const { filters, update } = useStatsParams();
  const period = { from: filters.from, to: filters.to };

  return (
    <div className="page page--wide stats">
      <h1>{t('stats.public.title')}</h1>
      <p className="lead">{t('stats.public.intro')}</p>
      <p className="stats-note" data-testid="open-data-privacy">
        {t('stats.public.privacy')}
      </p>
      <form className="stats-filters" aria-label={t('stats.filters')} onSubmit={(e) => e.preventDefault()}>
        <PeriodFields period={period} onChange={update} />
      </form>
      <OpenDataSummaryBlock period={period} />
      <OpenDataMonthlyBlock />
    </div>
  );
}
