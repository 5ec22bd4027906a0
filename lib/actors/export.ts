/**
 * The actors table as CSV or XLSX. Column headers are the import's own (./import.ts recognises
 * them in French and English), categories and countries are written as labels in the person's
 * language, which the import reads back: an export re-imports unchanged.
 */
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { Actor } from '@/db/schema/actors';
import { countryName } from '@/lib/geo';
import { optionalMessage } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import { IMPORT_TARGETS, type ImportTarget } from './import-schemas';
import { columnHeader, escapeCell } from './import';

function categoryLabel(category: string, locale: Locale): string {
  return optionalMessage(locale, `actors.categories.${category}`) ?? category;
}

/** The header row of an export. */
export function exportHeaders(locale: Locale): string[] {
  return IMPORT_TARGETS.map((t) => columnHeader(t, locale));
}

function rawValue(actor: Actor, target: ImportTarget, locale: Locale): string | number {
  switch (target) {
    case 'category':
      return categoryLabel(actor.category, locale);
    case 'country':
      return actor.country ? countryName(actor.country, locale) : '';
    case 'themes':
    case 'languages':
    case 'tags':
      return actor[target].join(', ');
    case 'influence':
    case 'interest':
      return actor[target];
    default:
      return actor[target] ?? '';
  }
}

/** One actor as export cells, each text cell neutralised against formula injection. */
export function exportRow(actor: Actor, locale: Locale): (string | number)[] {
  return IMPORT_TARGETS.map((t) => {
    const value = rawValue(actor, t, locale);
    return typeof value === 'number' ? value : escapeCell(value);
  });
}

/**
 * CSV for a spreadsheet in the person's language: semicolons in French (what Excel expects with a
 * French locale), commas in English, a UTF-8 BOM so that accents open correctly, CRLF line ends.
 */
export function actorsToCsv(actors: Actor[], locale: Locale): string {
  const csv = Papa.unparse(
    { fields: exportHeaders(locale), data: actors.map((a) => exportRow(a, locale).map(String)) },
    { delimiter: locale === 'fr' ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}

/** XLSX with one sheet, a bold frozen header row and readable column widths. */
export async function actorsToXlsx(actors: Actor[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fil rouge';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(locale === 'fr' ? 'Acteurs' : 'Actors', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportHeaders(locale).map((header, i) => ({
    header,
    key: IMPORT_TARGETS[i],
    width: ['name', 'links', 'category'].includes(IMPORT_TARGETS[i]!) ? 36 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const actor of actors) sheet.addRow(exportRow(actor, locale));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `acteurs-<slug>-<date>.<ext>`, safe for a Content-Disposition header. */
export function exportFileName(slug: string, format: 'csv' | 'xlsx', locale: Locale, now = new Date()) {
  const base = locale === 'fr' ? 'acteurs' : 'actors';
  return `${base}-${slug.replace(/[^a-z0-9-]/g, '')}-${now.toISOString().slice(0, 10)}.${format}`;
}
