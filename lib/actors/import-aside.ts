// The rows an import set aside, as a CSV the person downloads, fixes and imports again. No heavy
// dependency: the wizard (a client component) builds it in the browser from the commit's answer.

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  // A cell a spreadsheet would run as a formula gets an apostrophe, which the import removes again.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The set-aside rows with the file's own columns and one more giving the reason: semicolons, CRLF
 * and a BOM, as Excel in French expects; the import reads it back unchanged.
 */
export function asideCsv(headers: string[], rows: { cells: string[]; reason: string }[], reasonColumn: string): string {
  const width = headers.length;
  const lines = [[...headers, reasonColumn], ...rows.map((r) => [...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''), r.reason])];
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
