import type { ReactNode } from 'react';

type FigureCardProps = { label: string; value: ReactNode; children?: ReactNode; testId?: string };

/** One key figure: what it is, its value, then its change and details. */
export function FigureCard({ label, value, children, testId }: FigureCardProps) {
  return (
    <li className="stats-card" data-testid={testId}>
      <p className="stats-card__label">{label}</p>
      <p className="stats-card__value">{value}</p>
      {children}
    </li>
  );
}
