import { useI18n } from '@/i18n/use-i18n';
import { compare, type Better } from '../utils/change';
import { useStatsFormat } from '../utils/format';

/** count: reports; days: working days; share: 0–1 (changes in percentage points); mean: a rating. */
export type FigureKind = 'count' | 'days' | 'share' | 'mean';

type ChangeLineProps = {
  current: number | null | undefined;
  previous: number | null | undefined;
  kind: FigureKind;
  better: Better;
  /** Leave out "previously …" where the previous value has its own column. */
  hidePrevious?: boolean;
};

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

/** The change against the previous period in words (arrow and colour only repeat them). */
export function ChangeLine({ current, previous, kind, better, hidePrevious }: ChangeLineProps) {
  const { t, formatNumber } = useI18n();
  const format = useStatsFormat();
  const change = compare(current, previous, better);
  if (!change || previous == null) {
    return <p className="stats-change stats-change--neutral">{t('stats.change.none')}</p>;
  }
  const value = (n: number) => {
    switch (kind) {
      case 'count':
        return formatNumber(n);
      case 'days':
        return format.days(n);
      case 'share':
        return format.percent(n);
      case 'mean':
        return format.decimal(n);
    }
  };
  const size = Math.abs(change.diff);
  const amount =
    kind === 'share'
      ? t('stats.points', { value: format.points(size) })
      : kind === 'count' && change.relative !== undefined
        ? `${formatNumber(size)} (${format.signedPercent(change.relative)})`
        : value(size);
  const words = [
    change.direction === 'same' ? t('stats.change.same') : t(`stats.change.${change.direction}`, { amount }),
    change.quality !== 'neutral' && t(`stats.change.${change.quality}`),
    !hidePrevious && t('stats.change.previous', { value: value(previous) }),
  ].filter(Boolean);
  return (
    <p className={`stats-change stats-change--${change.quality}`} data-testid="change">
      <span aria-hidden="true">{ARROWS[change.direction]} </span>
      {words.join(' · ')}
    </p>
  );
}
