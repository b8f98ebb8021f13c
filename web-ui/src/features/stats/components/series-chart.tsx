import { useNavigate } from 'react-router';
import { useI18n } from '@/i18n/use-i18n';
import type { StatsSeriesItem } from '../api/get-stats';
import { ticks } from '../utils/chart';
import { useBucketLabels } from '../utils/format';
import type { Interval } from '../utils/period';
import { ScrollRegion } from './scroll-region';

export type Basis = 'received' | 'resolved';

type SeriesChartProps = {
  items: readonly StatsSeriesItem[];
  interval: Interval;
  /** The chart's text alternative; the table below it holds the numbers. */
  label: string;
  hrefFor: (item: StatsSeriesItem, basis: Basis) => string;
};

const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 30, left: 44 };
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * Received and resolved reports per item as pairs of bars, in plain SVG (no chart library: the
 * dashboard stays small). Wide series scroll sideways on a phone instead of shrinking their text.
 * A click on a bar opens its reports; the chart is one image to assistive technology (an image may
 * hold no links), so keyboard and screen reader users follow the same links in the table below it.
 */
export function SeriesChart({ items, interval, label, hrefFor }: SeriesChartProps) {
  const { t, formatNumber } = useI18n();
  const labels = useBucketLabels(interval);
  const navigate = useNavigate();
  const width = Math.max(560, items.length * 14 + MARGIN.left + MARGIN.right);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const axis = ticks(Math.max(0, ...items.flatMap((item) => [item.received, item.resolved])));
  const top = axis[axis.length - 1];
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const band = plotWidth / Math.max(1, items.length);
  const bar = Math.max(1, band * 0.38);
  // A label about every 64 px, so that they never overlap.
  const every = Math.max(1, Math.ceil(items.length / Math.max(1, Math.floor(plotWidth / 64))));

  const column = (item: StatsSeriesItem, basis: Basis, x: number) => (
    <rect
      className={`stats-chart__${basis}`}
      x={x}
      y={y(item[basis])}
      width={bar}
      height={MARGIN.top + PLOT_HEIGHT - y(item[basis])}
      onClick={() => void navigate(hrefFor(item, basis))}
    >
      <title>{`${labels.long(item.start)}: ${formatNumber(item[basis])} ${t(`stats.series.${basis}`)}`}</title>
    </rect>
  );

  return (
    <ScrollRegion label={t('stats.series.title')}>
      <svg className="stats-chart" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label} style={{ minWidth: `${width * 0.75}px` }}>
        {axis.map((tick) => (
          <g key={tick} className="stats-chart__axis">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {items.map((item, i) => {
          const x = MARGIN.left + i * band + (band - 2 * bar) / 2;
          return (
            <g key={item.start}>
              {column(item, 'received', x)}
              {column(item, 'resolved', x + bar)}
              {i % every === 0 && (
                <text className="stats-chart__label" x={x + bar} y={HEIGHT - 10} textAnchor="middle">
                  {labels.short(item.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </ScrollRegion>
  );
}
