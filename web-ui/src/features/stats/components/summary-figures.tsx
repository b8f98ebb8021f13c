import { useI18n } from '@/i18n/use-i18n';
import type { StatsSummary } from '../api/get-stats';
import { reportStatuses } from '../utils/filters';
import { ChangeLine } from './change-line';
import { FigureCard } from './figure-card';
import { NumberLink } from './number-link';
import { DeadlineCard, DurationCard, ReopenCard, SatisfactionCard, type Drill } from './summary-cards';

/** The key figures of a period, each with its change against the previous period of equal length. */
export function SummaryFigures({ summary, drill }: { summary: StatsSummary; drill: Drill }) {
  const { t, formatDay } = useI18n();
  const { current, previous, period, previousPeriod } = summary;
  const cards = { current, previous, drill };
  const periods = (
    <p className="muted" data-testid="stats-period">
      {t('stats.summary.period', {
        from: formatDay(period.from),
        to: formatDay(period.to),
        previousFrom: formatDay(previousPeriod.from),
        previousTo: formatDay(previousPeriod.to),
      })}
    </p>
  );
  if (current.received === 0 && previous.received === 0) {
    return (
      <>
        {periods}
        <p className="empty" data-testid="stats-empty">
          {t('stats.empty')}
        </p>
      </>
    );
  }
  return (
    <>
      {periods}
      <h3>{t('stats.summary.counts')}</h3>
      <ul className="stats-cards stats-cards--small">
        <FigureCard
          label={t('stats.received')}
          value={<NumberLink value={current.received} href={drill?.({})} what={t('stats.received')} />}
          testId="figure-received"
        >
          <ChangeLine current={current.received} previous={previous.received} kind="count" better="none" />
        </FigureCard>
        {reportStatuses.map((status) => (
          <FigureCard
            key={status}
            label={t(`status.${status}`)}
            value={<NumberLink value={current.byStatus[status]} href={drill?.({ status: [status] })} what={t(`status.${status}`)} />}
            testId={`figure-status-${status}`}
          >
            <ChangeLine current={current.byStatus[status]} previous={previous.byStatus[status]} kind="count" better="none" />
          </FigureCard>
        ))}
      </ul>
      <h3>{t('stats.summary.durations')}</h3>
      <p className="stats-note">{t('stats.summary.durations.note')}</p>
      <ul className="stats-cards">
        <DurationCard step="verify" {...cards} />
        <DurationCard step="followUp" {...cards} />
        <DurationCard step="resolution" {...cards} />
      </ul>
      <h3>{t('stats.summary.deadlines')}</h3>
      <ul className="stats-cards">
        <DeadlineCard step="verify" {...cards} />
        <DeadlineCard step="followUp" {...cards} />
      </ul>
      <h3>{t('stats.summary.quality')}</h3>
      <ul className="stats-cards">
        <ReopenCard {...cards} />
        <SatisfactionCard {...cards} />
      </ul>
    </>
  );
}
