import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways on a narrow screen. Content without links of its own (the chart, the open
 * data table) needs the box itself in the tab order, or keyboard users could not scroll it (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="stats-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
