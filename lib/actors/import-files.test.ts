import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  decodeText,
  detectDelimiter,
  escapeCell,
  guessMapping,
  ImportFileError,
  parseCsv,
  parseXlsx,
  readImportFile,
  resolveCountry,
  unescapeCell,
} from './import';
import { encodeWindows1252 } from '@/lib/test/office-actors';
import { IMPORT_MAX_ROWS } from './import-schemas';
import '@/lib/actors/import-actions';

describe('reading files', () => {
  it('detects commas, semicolons and tabs, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('"x, y";b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('just one column')).toBe(',');
  });

  it('reads a UTF-8 CSV with a BOM, semicolons and French accents; lines are spreadsheet rows', () => {
    const text =
      "\uFEFFNom;Catégorie;Pays;Ville\r\nÉcole Sainte-Thérèse;Établissement scolaire;Sénégal;Thiès\r\n\r\nCafé-théâtre « L'Œil »;Structure culturelle;Côte d'Ivoire;Abidjan\r\n";
    const table = parseCsv(text, 'acteurs.csv');
    expect(table.headers).toEqual(['Nom', 'Catégorie', 'Pays', 'Ville']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['École Sainte-Thérèse', 'Établissement scolaire', 'Sénégal', 'Thiès'] },
      { line: 4, cells: ["Café-théâtre « L'Œil »", 'Structure culturelle', "Côte d'Ivoire", 'Abidjan'] },
    ]);
  });

  it('decodes a CSV saved by Excel in Windows-1252', () => {
    const bytes = Uint8Array.from([0x4e, 0x6f, 0x6d, 0x0a, 0xc9, 0x63, 0x6f, 0x6c, 0x65]); // "Nom\nÉcole" in cp1252
    expect(decodeText(bytes)).toBe('Nom\nÉcole');
    expect(decodeText(new TextEncoder().encode('\uFEFFNom\nÉcole'))).toBe('Nom\nÉcole');
  });

  it('keeps the Windows-1252 characters of 0x80–0x9F: curly apostrophe, Œ, euro, dashes', () => {
    const text = 'Œuvre d’entraide – 5 € « Saint-Cœur » …';
    expect(decodeText(encodeWindows1252(text))).toBe(text);
  });

  it('reads an XLSX built with exceljs, with accents, numbers, hyperlinks and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Acteurs');
    sheet.addRow(['Nom', 'Catégorie', 'Pays', 'Influence', 'Site web']);
    sheet.addRow(['Association Les Amis de Thiès', 'Association ou ONG', 'Sénégal', 4, { text: 'amis-thies.fr', hyperlink: 'https://amis-thies.fr' }]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'Université ' }, { text: 'de Gdańsk', font: { bold: true } }] }, 'university', 'Pologne', 3, null]);
    const table = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'acteurs.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[0]!.cells).toEqual(['Association Les Amis de Thiès', 'Association ou ONG', 'Sénégal', '4', 'amis-thies.fr']);
    expect(table.rows[1]!.cells[0]).toBe('Université de Gdańsk');
  });

  it('refuses files past the limits, empty files and garbage with a clear key', async () => {
    const many = ['Nom;Catégorie', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `Acteur ${i};association`)].join('\n');
    expect(() => parseCsv(many)).toThrowError(ImportFileError);
    expect(() => parseCsv(many)).toThrowError('importTooManyRows');
    expect(() => parseCsv('Nom;Catégorie\n\n')).toThrowError('importFileEmpty');
    await expect(parseXlsx(new TextEncoder().encode('not a zip'))).rejects.toThrowError('importFileUnreadable');
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a').toString('base64');
    await expect(readImportFile({ name: 'big.csv', format: 'csv', data: big })).rejects.toThrowError('importFileTooLarge');
  });
});

describe('mapping and values', () => {
  it('guesses the mapping from French or English headers, whatever their case and accents', () => {
    expect(guessMapping(['NOM', 'categorie', 'Pays', 'Ville', 'Thématiques', 'Langues de travail', 'Intérêt', 'Téléphone', 'Remarques'])).toEqual({
      name: 0,
      category: 1,
      country: 2,
      city: 3,
      themes: 4,
      languages: 5,
      interest: 6,
      contactPhone: 7,
    });
    expect(guessMapping(['Organisation', 'Type', 'Country', 'Website', 'Contact email', 'Contact role', 'Tags'])).toEqual({
      name: 0,
      category: 1,
      country: 2,
      website: 3,
      contactEmail: 4,
      contactRole: 5,
      tags: 6,
    });
  });

  it('accepts countries as codes or names in French or English, with or without accents', () => {
    expect(['SN', 'sn', 'SEN', 'Sénégal', 'senegal', 'Senegal'].map(resolveCountry)).toEqual(Array(6).fill('SN'));
    expect(['Allemagne', 'Germany', 'États-Unis', 'United States of America', "Côte d'Ivoire", 'Viêt Nam'].map(resolveCountry)).toEqual([
      'DE',
      'DE',
      'US',
      'US',
      'CI',
      'VN',
    ]);
    expect(resolveCountry('Atlantis')).toBe('Atlantis');
  });

  it('neutralises spreadsheet formulas on export and restores them on import', () => {
    for (const value of ['=HYPERLINK("http://evil")', '+33 1 23 45 67 89', '-5', '@SUM(A1)', '\tx']) {
      expect(escapeCell(value)).toBe(`'${value}`);
      expect(unescapeCell(escapeCell(value))).toBe(value);
    }
    expect(escapeCell('Normal')).toBe('Normal');
    expect(unescapeCell("'quoted on purpose")).toBe("'quoted on purpose");
  });
});
