import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen: the scrolling box is a named region that
 * takes keyboard focus, so that it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
