/** Which way is good: fewer working days, more within the deadline; for plain counts neither. */
export type Better = 'higher' | 'lower' | 'none';

export type Change = {
  direction: 'up' | 'down' | 'same';
  quality: 'better' | 'worse' | 'neutral';
  /** current − previous */
  diff: number;
  /** diff / previous, when previous is not 0 */
  relative?: number;
};

/** How a figure moved against the previous period; null when either side has no value to compare. */
export function compare(current: number | null | undefined, previous: number | null | undefined, better: Better): Change | null {
  if (current == null || previous == null) return null;
  const diff = current - previous;
  // Shares and means are fractions: treat float noise as no change.
  const direction = Math.abs(diff) < 1e-9 ? 'same' : diff > 0 ? 'up' : 'down';
  const quality =
    direction === 'same' || better === 'none' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'better' : 'worse';
  return { direction, quality, diff, relative: previous !== 0 ? diff / previous : undefined };
}
