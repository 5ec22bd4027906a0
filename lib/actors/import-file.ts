import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { checkXlsxArchive, type ArchiveRefusal } from './xlsx-archive';
import { IMPORT_MAX_BYTES, IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, type ImportFileInput, type ImportTable } from './import-schemas';

// Reading an import file (CSV or XLSX) into a table of cells.

/** A file that cannot be read at all; `key` is a message under `actorsImport.errors`. */
export class ImportFileError extends Error {
  constructor(readonly key: 'importFileTooLarge' | 'importTooManyRows' | 'importFileUnreadable' | 'importFileEmpty' | ArchiveRefusal) {
    super(key);
    this.name = 'ImportFileError';
  }
}

// Spreadsheet formula injection (CWE-1236): a cell that starts with one of these characters is
// run as a formula by Excel or LibreOffice. Exports prefix it with an apostrophe; imports remove it.
// https://owasp.org/www-community/attacks/CSV_Injection

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe. */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Removes the apostrophe that `escapeCell` added, so that an export re-imports unchanged. */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

// Reading files

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without BOM), else Windows-1252 as saved by Excel in
 * France. Windows-1252 goes through iconv-lite: Node 20's own `TextDecoder('windows-1252')` drops
 * the bytes 0x80–0x9F (’ Œ € …) instead of decoding them (docs/decisions/0015).
 */
export function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252');
  }
}

/** The separator of a CSV text: the most frequent of `;`, `,` and tab on its first line, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

function tableFrom(fileName: string, format: ImportTable['format'], records: string[][], lineOf: (index: number) => number): ImportTable {
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new ImportFileError('importFileEmpty');
  const headers = records[headerIndex]!.slice(0, IMPORT_MAX_COLUMNS).map((h) => unescapeCell(h).trim());
  const rows: ImportTable['rows'] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!.slice(0, IMPORT_MAX_COLUMNS);
    if (cells.every((c) => c.trim() === '')) continue;
    if (rows.length === IMPORT_MAX_ROWS) throw new ImportFileError('importTooManyRows');
    rows.push({ line: lineOf(i), cells });
  }
  if (!rows.length) throw new ImportFileError('importFileEmpty');
  return { fileName, format, headers, rows };
}

/**
 * Reads a CSV text (comma, semicolon or tab separated). A row's line is its record number as a
 * spreadsheet shows it, the header being line 1.
 */
export function parseCsv(text: string, fileName = 'import.csv'): ImportTable {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { delimiter: detectDelimiter(clean), skipEmptyLines: false });
  const records = result.data.filter((r): r is string[] => Array.isArray(r));
  // A trailing newline gives one empty record; it has no line of its own.
  return tableFrom(fileName, 'csv', records, (i) => i + 1);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return '';
}

/**
 * Reads the first worksheet of an XLSX file; a row's line is its row number in the sheet. The
 * archive is checked before ExcelJS unpacks it (./xlsx-archive.ts: no decompression bomb).
 */
export async function parseXlsx(bytes: Uint8Array, fileName = 'import.xlsx'): Promise<ImportTable> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refusal = await checkXlsxArchive(buffer);
  if (refusal) throw new ImportFileError(refusal);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError('importFileUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('importFileEmpty');
  // The header plus IMPORT_MAX_ROWS, with some slack for empty rows: larger sheets are refused early.
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 1) throw new ImportFileError('importTooManyRows');
  const width = Math.min(sheet.columnCount, IMPORT_MAX_COLUMNS);
  const records: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records.push(cells);
    lines.push(rowNumber);
  });
  return tableFrom(fileName, 'xlsx', records, (i) => lines[i]!);
}

/** Decodes the browser's base64 and reads the file in its format; throws ImportFileError for a bad file. */
export async function readImportFile(file: ImportFileInput): Promise<ImportTable> {
  const bytes = Buffer.from(file.data, 'base64');
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new ImportFileError('importFileTooLarge');
  if (!bytes.byteLength) throw new ImportFileError('importFileEmpty');
  if (file.format === 'xlsx') return parseXlsx(bytes, file.name);
  return parseCsv(decodeText(bytes), file.name);
}
