'use client';

/** Opens the browser's print dialog (the report's print style sheet does the layout). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
