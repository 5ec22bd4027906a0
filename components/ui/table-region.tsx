import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen: the scrolling box is a named region that
 * takes keyboard focus, so that it can be scrolled without a mouse (WCAG 2.1.1; decision record
 * 0017). Name it by the table's caption (`labelledBy`) or with a `label`.
 */
export function TableRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      {children}
    </div>
  );
}
