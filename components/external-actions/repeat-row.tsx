'use client';

import type { ReactNode } from 'react';

/** One row of a repeated group in a form (a department, a budget line…): its legend, its fields, a button to remove it. */
export function RepeatRow({
  legend,
  removeLabel,
  onRemove,
  wideActions = false,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  /** The remove button on a line of its own (rows whose fields span the width). */
  wideActions?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className="repeat-row">
      <legend>{legend}</legend>
      {children}
      <div className={wideActions ? 'row-actions wide' : 'row-actions'}>
        <button type="button" className="button ghost small" onClick={onRemove}>
          {removeLabel}
          <span className="visually-hidden"> — {legend}</span>
        </button>
      </div>
    </fieldset>
  );
}
