/**
 * Reading, mapping and checking an actors spreadsheet: plain functions with no database and no
 * request, so that every rule of the import is testable on its own. The database half (likely
 * duplicates against the workspace, the commit) is in ./import-queries.ts.
 */
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import countries from 'i18n-iso-countries';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import frMessages from '@/messages/fr.json';
import enMessages from '@/messages/en.json';
import { ALL_ACTOR_CATEGORIES, type ActorCategory } from '@/db/schema/actors';
import { COMMON_LANGUAGES, isCountryCode } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/config';
import { ActorInput, normalizeName } from './schemas';
import { checkXlsxArchive, type ArchiveRefusal } from './xlsx-archive';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  IMPORT_TARGETS,
  RELATION_TARGETS,
  requiredTargetsOf,
  type AnyTarget,
  type DuplicateDecision,
  type ImportKind,
  type RelationTarget,
  type ImportDecisions,
  type ImportDuplicate,
  type ImportFileInput,
  type ImportMapping,
  type ImportTable,
  type ImportTarget,
} from './import-schemas';

countries.registerLocale(frCountries);
countries.registerLocale(enCountries);

/** A file that cannot be read at all; `key` is a message under `actorsImport.errors`. */
export class ImportFileError extends Error {
  constructor(readonly key: 'importFileTooLarge' | 'importTooManyRows' | 'importFileUnreadable' | 'importFileEmpty' | ArchiveRefusal) {
    super(key);
    this.name = 'ImportFileError';
  }
}

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// Reading files

/** Decodes a CSV file's bytes: UTF-8 (with or without BOM), else Windows-1252 as saved by Excel in France. */
export function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
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

// ---------------------------------------------------------------------------------------------
// Column mapping

type Messages = typeof frMessages;
const MESSAGES: Record<Locale, Messages> = { fr: frMessages, en: enMessages };

/** Other names people give these columns, in French and English (compared without accents or case). */
const SYNONYMS: Record<ImportTarget, string[]> = {
  name: ['nom', 'name', 'nom de l acteur', 'acteur', 'actor', 'organisation', 'organization', 'structure', 'raison sociale'],
  category: ['categorie', 'category', 'type', 'type d acteur', 'actor type'],
  portfolio: ['delegation', 'portefeuille', 'portfolio', 'mandat'],
  country: ['pays', 'country', 'code pays', 'country code'],
  city: ['ville', 'city', 'commune', 'localite', 'town'],
  themes: ['themes', 'thematiques', 'secteurs', 'themes secteurs', 'sectors', 'themes sectors', 'topics'],
  languages: ['langues', 'langues de travail', 'languages', 'working languages'],
  links: ['liens internationaux', 'liens', 'description des liens', 'international links', 'links'],
  influence: ['influence'],
  interest: ['interet', 'interest'],
  tags: ['etiquettes', 'mots cles', 'tags', 'keywords'],
  website: ['site web', 'site internet', 'site', 'website', 'web', 'url'],
  contactName: ['contact', 'nom du contact', 'contact name', 'personne de contact', 'contact person'],
  contactRole: ['fonction du contact', 'fonction', 'role du contact', 'contact role', 'role'],
  contactEmail: ['e mail du contact', 'email du contact', 'courriel', 'contact email', 'email', 'e mail', 'mail'],
  contactPhone: ['telephone du contact', 'telephone', 'tel', 'contact phone', 'phone'],
};

function messageLabel(messages: Messages, ns: 'actorsImport' | 'actors', key: string): string | undefined {
  const section = (messages as unknown as Record<string, { columns?: Record<string, string>; fields?: Record<string, string> } | undefined>)[ns];
  return ns === 'actorsImport' ? section?.columns?.[key] : section?.fields?.[key];
}

/** The column header the export writes for a field, in a language. */
export function columnHeader(target: ImportTarget, locale: Locale): string {
  return messageLabel(MESSAGES[locale], 'actorsImport', target) ?? target;
}

const ALIASES: Map<string, ImportTarget> = (() => {
  const map = new Map<string, ImportTarget>();
  const add = (alias: string | undefined, target: ImportTarget) => {
    const key = alias ? normalizeName(alias) : '';
    if (key && !map.has(key)) map.set(key, target);
  };
  // Exact export headers first, then the form's labels, then the field names, then synonyms.
  for (const target of IMPORT_TARGETS) for (const locale of ['fr', 'en'] as const) add(columnHeader(target, locale), target);
  for (const target of IMPORT_TARGETS) for (const locale of ['fr', 'en'] as const) add(messageLabel(MESSAGES[locale], 'actors', target), target);
  for (const target of IMPORT_TARGETS) add(target.replace(/([A-Z])/g, ' $1'), target);
  for (const target of IMPORT_TARGETS) for (const alias of SYNONYMS[target]) add(alias, target);
  return map;
})();

/** Other names of a relations file's columns, in French and English (compared without accents or case). */
const RELATION_SYNONYMS: Record<RelationTarget, string[]> = {
  from: ['de', 'depuis', 'source', 'acteur source', 'acteur 1', 'acteur', 'from', 'source actor', 'actor 1', 'actor'],
  to: ['vers', 'a', 'cible', 'acteur cible', 'acteur 2', 'partenaire', 'to', 'target', 'target actor', 'actor 2', 'partner'],
  type: ['type', 'type de relation', 'type de lien', 'nature', 'nature du lien', 'relation', 'relation type', 'kind'],
  strength: ['force', 'intensite', 'poids', 'strength', 'intensity', 'weight'],
  startDate: ['debut', 'date de debut', 'depuis le', 'start', 'start date', 'from date'],
  endDate: ['fin', 'date de fin', 'jusqu au', 'end', 'end date', 'until'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'remarques', 'comments', 'comment'],
};

const RELATION_ALIASES: Map<string, RelationTarget> = (() => {
  const map = new Map<string, RelationTarget>();
  for (const target of RELATION_TARGETS) {
    for (const locale of ['fr', 'en'] as const) {
      const label = (MESSAGES[locale] as unknown as { actorsImport?: { relationColumns?: Record<string, string> } }).actorsImport?.relationColumns?.[target];
      if (label && !map.has(normalizeName(label))) map.set(normalizeName(label), target);
    }
  }
  for (const target of RELATION_TARGETS) for (const alias of RELATION_SYNONYMS[target]) if (!map.has(normalizeName(alias))) map.set(normalizeName(alias), target);
  return map;
})();

/** Guesses which column holds which field from headers in French or English; the rest is ignored. */
export function guessMapping(headers: string[], kind: ImportKind = 'actors'): ImportMapping {
  const mapping: ImportMapping = {};
  const aliases: Map<string, AnyTarget> = kind === 'actors' ? ALIASES : RELATION_ALIASES;
  headers.forEach((header, index) => {
    const target = aliases.get(normalizeName(header));
    if (target && mapping[target] === undefined) mapping[target] = index;
  });
  return mapping;
}

/** The required fields that no column is mapped to. */
export function missingTargets(mapping: ImportMapping, kind: ImportKind = 'actors'): AnyTarget[] {
  return requiredTargetsOf(kind).filter((t) => mapping[t] === undefined || mapping[t] === null);
}

// ---------------------------------------------------------------------------------------------
// Values: categories, countries and languages as codes or labels in French or English

const CATEGORY_LOOKUP: Map<string, ActorCategory> = (() => {
  const map = new Map<string, ActorCategory>();
  for (const code of ALL_ACTOR_CATEGORIES) {
    map.set(normalizeName(code), code);
    for (const locale of ['fr', 'en'] as const) {
      const label = (MESSAGES[locale] as unknown as { actors?: { categories?: Record<string, string> } }).actors?.categories?.[code];
      if (label) map.set(normalizeName(label), code);
    }
  }
  return map;
})();

/** A category code from a code or a French or English label; the value itself when unknown. */
export function resolveCategory(value: string): string {
  return CATEGORY_LOOKUP.get(normalizeName(value)) ?? CATEGORY_LOOKUP.get(normalizeName(value.replace(/_/g, ' '))) ?? value;
}

/** Everyday names that the ISO lists do not carry. */
const COUNTRY_ALIASES: Record<string, string> = {
  'etats unis': 'US',
  angleterre: 'GB',
  'grande bretagne': 'GB',
  ecosse: 'GB',
  'pays de galles': 'GB',
  'viet nam': 'VN',
  'rd congo': 'CD',
  rdc: 'CD',
  drc: 'CD',
  tchequie: 'CZ',
  tanzanie: 'TZ',
  'cabo verde': 'CV',
  hollande: 'NL',
  holland: 'NL',
  burkina: 'BF',
};

const COUNTRY_LOOKUP: Map<string, string> = (() => {
  const map = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  for (const locale of ['fr', 'en'] as const) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of [names].flat()) if (!map.has(normalizeName(name))) map.set(normalizeName(name), code);
    }
  }
  return map;
})();

/** An ISO 3166 alpha-2 code from a code (alpha-2 or alpha-3) or a country name in French or English. */
export function resolveCountry(value: string): string {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return (
    countries.getAlpha2Code(value.trim(), 'fr') ??
    countries.getAlpha2Code(value.trim(), 'en') ??
    COUNTRY_LOOKUP.get(normalizeName(value)) ??
    value
  );
}

const LANGUAGE_LOOKUP: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const locale of ['fr', 'en'] as const) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of COMMON_LANGUAGES) {
      const name = names.of(code);
      if (name) map.set(normalizeName(name), code);
    }
  }
  return map;
})();

/** A language code from a code or a common language's name in French or English. */
export function resolveLanguage(value: string): string {
  const trimmed = value.trim();
  if (/^[a-zA-Z]{2,3}$/.test(trimmed)) return trimmed.toLowerCase();
  return LANGUAGE_LOOKUP.get(normalizeName(trimmed)) ?? trimmed;
}

/** A row that passed ActorInput, and the fields whose cell was filled in (what a merge may overwrite). */
export type ValidRow = { line: number; input: ActorInput; provided: ImportTarget[] };

// ---------------------------------------------------------------------------------------------
// Likely duplicates and the plan of the commit

/** Two actors with the same normalised name and country are likely the same. */
export function duplicateKey(name: string, country: string | null | undefined): string {
  return `${normalizeName(name)}|${country ?? ''}`;
}

export type ExistingActorRef = { id: string; name: string };

/** Rows that match an actor of the workspace, or an earlier row of the same file. */
export function findDuplicates(valid: ValidRow[], existing: Map<string, ExistingActorRef>): ImportDuplicate[] {
  const firstInFile = new Map<string, ValidRow>();
  const duplicates: ImportDuplicate[] = [];
  for (const row of valid) {
    const key = duplicateKey(row.input.name, row.input.country);
    const known = existing.get(key);
    const earlier = firstInFile.get(key);
    const base = { line: row.line, name: row.input.name, country: row.input.country };
    if (known) duplicates.push({ ...base, match: { kind: 'existing', actorId: known.id, name: known.name } });
    else if (earlier) duplicates.push({ ...base, match: { kind: 'file', line: earlier.line, name: earlier.input.name } });
    else firstInFile.set(key, row);
  }
  return duplicates;
}

/** The values of a row that a merge copies: only the cells that were filled in. */
export function providedValues(row: ValidRow): Partial<ActorInput> {
  const out: Record<string, unknown> = {};
  for (const field of row.provided) out[field] = row.input[field];
  return out as Partial<ActorInput>;
}

export type ImportPlan = {
  create: { line: number; values: ActorInput }[];
  update: { actorId: string; lines: number[]; values: Partial<ActorInput> }[];
  merged: number;
  skipped: number;
};

/**
 * What the commit will do. The first row of a new name and country creates an actor; each later
 * row with the same key, and each row matching an existing actor, is merged (its filled-in cells
 * overwrite) or skipped, as decided. A duplicate without a decision is skipped.
 */
export function planImport(valid: ValidRow[], existing: Map<string, ExistingActorRef>, decisions: ImportDecisions): ImportPlan {
  const decide = (line: number): DuplicateDecision => decisions[String(line)] ?? 'skip';
  const creates = new Map<string, { line: number; values: ActorInput }>();
  const updates = new Map<string, { actorId: string; lines: number[]; values: Partial<ActorInput> }>();
  let merged = 0;
  let skipped = 0;
  for (const row of valid) {
    const key = duplicateKey(row.input.name, row.input.country);
    const known = existing.get(key);
    const created = creates.get(key);
    if (!known && !created) {
      creates.set(key, { line: row.line, values: { ...row.input } });
      continue;
    }
    if (decide(row.line) === 'skip') {
      skipped++;
      continue;
    }
    merged++;
    if (created) {
      Object.assign(created.values, providedValues(row));
    } else if (known) {
      const update = updates.get(known.id) ?? { actorId: known.id, lines: [], values: {} };
      update.lines.push(row.line);
      Object.assign(update.values, providedValues(row));
      updates.set(known.id, update);
    }
  }
  return { create: [...creates.values()], update: [...updates.values()], merged, skipped };
}

/** The first few rows as they will be read, for the mapping step. */
export function sampleRows(table: ImportTable, count = 3): string[][] {
  return table.rows.slice(0, count).map((r) => r.cells.map((c) => unescapeCell(c).trim()));
}
