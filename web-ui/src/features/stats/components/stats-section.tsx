import { useId, type ReactNode } from 'react';

type StatsSectionProps = { title: string; actions?: ReactNode; children: ReactNode; testId?: string };

/** One block of a dashboard: a titled region with its actions (such as the CSV download) beside the title. */
export function StatsSection({ title, actions, children, testId }: StatsSectionProps) {
  const id = useId();
  return (
    <section className="stats-block" aria-labelledby={id} data-testid={testId}>
      <div className="stats-block__head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
