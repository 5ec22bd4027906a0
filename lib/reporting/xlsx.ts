import 'server-only';
import ExcelJS from 'exceljs';
import { escapeCell, unescapeCell } from '@/lib/actors/import-file';
import type { ImportTable } from '@/lib/actors/import-schemas';
import type { RoundImportRow } from '@/lib/strategy/term-schemas';
import type { RoundSheetRow } from '@/lib/strategy/round-import';

// A round's values as a spreadsheet, and back (issue 21, point 2). The first two columns are ids:
// a row that keeps its value id updates that value, a row without one adds a value; a file sent
// back unchanged changes nothing (lib/strategy/rounds.test.ts). Apart from lib/strategy because it
// reuses the actors import's safe spreadsheet reading (lib/actors/import-file.ts).

export const ROUND_COLUMNS = ['valueId', 'indicatorId', 'indicator', 'unit', 'observedOn', 'value', 'source', 'comment'] as const;

/** The workbook of a round: one row per value of the year, and one empty row per indicator still without one. */
export async function roundToXlsx(rows: RoundSheetRow[], headers: Record<(typeof ROUND_COLUMNS)[number], string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('values');
  sheet.columns = ROUND_COLUMNS.map((key) => ({ header: headers[key], key, width: key === 'indicator' || key === 'source' || key === 'comment' ? 40 : 16 }));
  for (const r of rows) {
    sheet.addRow({
      valueId: r.valueId,
      indicatorId: r.indicatorId,
      indicator: escapeCell(r.indicator),
      unit: escapeCell(r.unit),
      observedOn: r.observedOn,
      value: r.value ?? '',
      source: escapeCell(r.source),
      comment: escapeCell(r.comment),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a read file, by column position (headers are in the reader's language). */
export function importRowsFrom(table: ImportTable): RoundImportRow[] {
  const cell = (cells: string[], i: number) => unescapeCell((cells[i] ?? '').trim());
  return table.rows.map((r) => ({
    line: r.line,
    valueId: cell(r.cells, 0),
    indicatorId: cell(r.cells, 1),
    observedOn: cell(r.cells, 4),
    value: cell(r.cells, 5),
    source: cell(r.cells, 6),
    comment: cell(r.cells, 7),
  }));
}
