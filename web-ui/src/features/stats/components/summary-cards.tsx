import { useI18n } from '@/i18n/use-i18n';
import type { StatsFigures } from '../api/get-stats';
import { deadlineStates, type Deadline, type ReportQuery } from '../utils/filters';
import { useStatsFormat } from '../utils/format';
import { ChangeLine } from './change-line';
import { FigureCard } from './figure-card';
import { NumberLink } from './number-link';

/** The drill-down link of a narrowing; absent on the public page. */
export type Drill = ((narrowing: ReportQuery) => string) | undefined;
type CardProps = { current: StatsFigures; previous: StatsFigures; drill: Drill };

/** Working days of a step: the median and the 90th percentile (lower is better). */
export function DurationCard({ step, current, previous }: Omit<CardProps, 'drill'> & { step: Deadline | 'resolution' }) {
  const { t, formatNumber } = useI18n();
  const format = useStatsFormat();
  const now = current.durations[step];
  const before = previous.durations[step];
  const days = (n: number | null) => (n == null ? '—' : format.days(n));
  return (
    <FigureCard label={t(`stats.duration.${step}`)} value={days(now.median)} testId={`figure-duration-${step}`}>
      <ChangeLine current={now.median} previous={before.median} kind="days" better="lower" />
      <p className="stats-card__detail">{t('stats.duration.p90', { days: days(now.p90), previous: days(before.p90) })}</p>
      <p className="stats-card__detail">{t('stats.duration.count', { count: formatNumber(now.count) })}</p>
    </FigureCard>
  );
}

/** The share of a step within its deadline, and the counts behind it: met, late and still running past it, each opening its reports. */
export function DeadlineCard({ step, current, previous, drill }: CardProps & { step: Deadline }) {
  const { t } = useI18n();
  const format = useStatsFormat();
  const now = current.deadlines[step];
  const label = t(`stats.deadline.${step}`);
  return (
    <FigureCard label={label} value={now.share == null ? '—' : format.percent(now.share)} testId={`figure-deadline-${step}`}>
      <ChangeLine current={now.share} previous={previous.deadlines[step].share} kind="share" better="higher" />
      <dl className="stats-counts">
        {deadlineStates.map((state) => (
          <div key={state}>
            <dt>{t(`stats.deadline.${state}`)}</dt>
            <dd>
              <NumberLink
                value={now[state]}
                href={drill?.({ deadline: step, deadlineState: state })}
                what={`${label}: ${t(`stats.deadline.${state}`)}`}
              />
            </dd>
          </div>
        ))}
      </dl>
    </FigureCard>
  );
}

/** The share of resolved reports the reporter disputed (lower is better). */
export function ReopenCard({ current, previous, drill }: CardProps) {
  const { t } = useI18n();
  const format = useStatsFormat();
  return (
    <FigureCard label={t('stats.reopen')} value={current.reopenRate == null ? '—' : format.percent(current.reopenRate)} testId="figure-reopen">
      <ChangeLine current={current.reopenRate} previous={previous.reopenRate} kind="share" better="lower" />
      <p className="stats-card__detail">
        {t('stats.reopen.count')}: <NumberLink value={current.reopened} href={drill?.({ reopened: true })} what={t('stats.reopen.count')} />
      </p>
    </FigureCard>
  );
}

/** The mean rating, how many closed reports were rated, and how many got each rating. */
export function SatisfactionCard({ current, previous, drill }: CardProps) {
  const { t, formatNumber } = useI18n();
  const format = useStatsFormat();
  const now = current.satisfaction;
  const most = Math.max(1, ...now.distribution);
  return (
    <FigureCard
      label={t('stats.satisfaction')}
      value={now.mean == null ? '—' : t('stats.satisfaction.mean', { mean: format.decimal(now.mean) })}
      testId="figure-satisfaction"
    >
      <ChangeLine current={now.mean} previous={previous.satisfaction.mean} kind="mean" better="higher" />
      <p className="stats-card__detail">
        {t('stats.satisfaction.response', {
          rate: now.responseRate == null ? '—' : format.percent(now.responseRate),
          responses: formatNumber(now.responses),
          closed: formatNumber(now.closed),
        })}
      </p>
      <ChangeLine current={now.responseRate} previous={previous.satisfaction.responseRate} kind="share" better="higher" />
      <dl className="stats-counts stats-counts--bars">
        {[5, 4, 3, 2, 1].map((rating) => (
          <div key={rating}>
            <dt>{t('stats.rating', { rating })}</dt>
            <dd>
              <span className="stats-bar" aria-hidden="true">
                <span style={{ width: `${(now.distribution[rating - 1] / most) * 100}%` }} />
              </span>
              <NumberLink value={now.distribution[rating - 1]} href={drill?.({ rating })} what={t('stats.rating', { rating })} />
            </dd>
          </div>
        ))}
      </dl>
    </FigureCard>
  );
}
