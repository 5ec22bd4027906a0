import Papa from 'papaparse';
import { buildIatiXml } from '@/lib/iati/build';
import type { OpenData } from './queries';

const csv = (fields: string[], data: string[][]) => `${Papa.unparse({ fields, data }, { delimiter: ',', newline: '\r\n', escapeFormulae: true })}\r\n`;

/** The actions as CSV (UTF-8, comma, header row = the dictionary's columns, formulas neutralised). */
export function openDataCsv(data: OpenData): string {
  const columns = data.dictionary.map((d) => d.column);
  return csv(
    columns,
    data.records.map((r) => columns.map((c) => r[c] ?? '')),
  );
}

/** The dictionary as CSV: column, type, description in French and in English. */
export function dictionaryCsv(data: OpenData): string {
  return csv(
    ['column', 'type', 'description_fr', 'description_en'],
    data.dictionary.map((d) => [d.column, d.type, d.fr, d.en]),
  );
}

/** The actions as JSON, with their dictionary and where they come from. */
export function openDataJson(data: OpenData, generatedAt = new Date()): string {
  return JSON.stringify(
    {
      authority: data.authority,
      generatedAt: generatedAt.toISOString(),
      licence: 'Licence Ouverte / Open Licence 2.0',
      dictionary: data.dictionary.map((d) => ({ column: d.column, type: d.type, description: { fr: d.fr, en: d.en } })),
      actions: data.records,
    },
    null,
    2,
  );
}

/** The actions as IATI 2.03 XML; null when the authority has no SIREN (no identifier can be built). */
export function openDataIati(data: OpenData, generatedAt = new Date()): string | null {
  return data.reporter ? buildIatiXml(data.reporter, data.activities, generatedAt) : null;
}
