'use client';

import { useEffect } from 'react';

const LINKS = 'a[href]';

/**
 * Makes the month table (`#<tableId>`, days as `td[data-day]`) an ARIA grid once scripts run: one
 * day is in the Tab order (today, else the first day of the month); the arrow keys move a day or a
 * week, Home and End to the week's ends; Enter moves into the day's events (its links), Escape back
 * to the day. Without scripts the table stays a table whose every event is a link reached with Tab.
 */
export function MonthGridKeys({ tableId }: { tableId: string }) {
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!(table instanceof HTMLTableElement)) return;
    const cells = [...table.querySelectorAll<HTMLTableCellElement>('td[data-day]')];
    if (cells.length === 0) return;
    table.setAttribute('role', 'grid');
    const start = cells.find((c) => c.dataset.today === 'true') ?? cells.find((c) => c.dataset.outside === 'false') ?? cells[0]!;
    for (const cell of cells) {
      cell.tabIndex = cell === start ? 0 : -1;
      for (const link of cell.querySelectorAll<HTMLElement>(LINKS)) link.tabIndex = -1;
    }
    const moveTo = (from: HTMLTableCellElement, index: number) => {
      const target = cells[Math.max(0, Math.min(cells.length - 1, index))]!;
      from.tabIndex = -1;
      target.tabIndex = 0;
      target.focus();
    };
    const leaveLinks = (cell: HTMLTableCellElement) => {
      for (const link of cell.querySelectorAll<HTMLElement>(LINKS)) link.tabIndex = -1;
      cell.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLTableCellElement>('td[data-day]');
      if (!cell) return;
      const i = cells.indexOf(cell);
      if (target !== cell) {
        // Inside the day's events: Escape returns to the day.
        if (event.key === 'Escape') {
          event.preventDefault();
          leaveLinks(cell);
        }
        return;
      }
      const column = i % 7;
      const moves: Record<string, number> = { ArrowLeft: i - 1, ArrowRight: i + 1, ArrowUp: i - 7, ArrowDown: i + 7, Home: i - column, End: i - column + 6 };
      if (event.key in moves) {
        event.preventDefault();
        moveTo(cell, moves[event.key]!);
      } else if (event.key === 'Enter' || event.key === ' ') {
        const links = [...cell.querySelectorAll<HTMLElement>(LINKS)];
        if (links.length === 0) return;
        event.preventDefault();
        for (const link of links) link.tabIndex = 0;
        links[0]!.focus();
      }
    };
    // Leaving a day's events with Tab (or a click elsewhere) puts its links back out of the Tab order.
    const onFocusOut = (event: FocusEvent) => {
      const from = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-day]');
      const to = event.relatedTarget instanceof HTMLElement ? event.relatedTarget.closest('td[data-day]') : null;
      if (from && to !== from && event.target !== from) for (const link of from.querySelectorAll<HTMLElement>(LINKS)) link.tabIndex = -1;
    };
    table.addEventListener('keydown', onKeyDown);
    table.addEventListener('focusout', onFocusOut);
    return () => {
      table.removeEventListener('keydown', onKeyDown);
      table.removeEventListener('focusout', onFocusOut);
      table.removeAttribute('role');
    };
  }, [tableId]);
  return null;
}
