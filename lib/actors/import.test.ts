import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, auditLog } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import type { Locale } from '@/lib/i18n/config';
import { insertActor, listAllActors } from './queries';
import { ActorInput } from './schemas';
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
import { actorsToCsv, actorsToXlsx, exportHeaders } from './export';
import {
  IMPORT_MAX_ROWS,
  type ImportChoices,
  type ImportDecisions,
  type ImportMapping,
  type ImportPreview,
  type ImportSummary,
  type ImportTable,
} from './import-schemas';
import '@/lib/actors/import-actions';

const preview = workspaceActionRegistry.find((d) => d.name === 'actors.importPreview')!;
const commit = workspaceActionRegistry.find((d) => d.name === 'actors.import')!;

type Ws = ReturnType<typeof makeWorkspace>;

function runPreview(ws: Ws, table: ImportTable, mapping?: ImportMapping, locale: Locale = 'fr', choices: ImportChoices = {}) {
  const result = executeWorkspaceAction(preview, ws.people.editor.id, ws.id, { table, mapping, choices, locale });
  if (!result.ok) throw new Error(`preview failed: ${JSON.stringify(result)}`);
  return result.data as ImportPreview;
}

/** The counts the wizard would show and the person confirm, for a file, mapping, choices and decisions. */
function confirmedCounts(ws: Ws, table: ImportTable, mapping: ImportMapping, decisions: ImportDecisions, choices: ImportChoices = {}) {
  const result = executeWorkspaceAction(preview, ws.people.editor.id, ws.id, { table, mapping, choices });
  if (!result.ok) return { imported: 0, setAside: 0 };
  const p = result.data as ImportPreview;
  return { imported: p.validCount - p.duplicates.filter((d) => decisions[String(d.line)] !== 'merge').length, setAside: p.asideCount };
}

function runCommit(
  ws: Ws,
  table: ImportTable,
  decisions: ImportDecisions = {},
  mapping = guessMapping(table.headers),
  locale: Locale = 'fr',
  choices: ImportChoices = {},
) {
  const expected = confirmedCounts(ws, table, mapping, decisions, choices);
  return executeWorkspaceAction(commit, ws.people.editor.id, ws.id, { table, mapping, choices, decisions, expected, locale }, locale);
}

function actorsOf(ws: Ws) {
  return db.select().from(actors).where(eq(actors.workspaceId, ws.id)).orderBy(actors.normalizedName).all();
}

function seedActor(ws: Ws, input: Partial<ActorInput> & { name: string }) {
  return db.transaction((tx) => insertActor(tx, ws.ctx('editor'), ActorInput.parse({ category: 'association', ...input })));
}

const GOOD_CSV = [
  'Name,Category,Country,City,Themes,Languages,Influence,Interest,Tags,Website,Contact name,Contact email',
  'Lycée Jean-Moulin,School,France,Argence-la-Ville,"youth, mobility",fr|es,4,5,erasmus,www.lycee-jm.fr,Anne Petit,anne.petit@lycee-jm.fr',
  'Commune de Ndiaffate,partner_authority,SN,Ndiaffate,water|health,fr;wo,3,4,,https://ndiaffate.sn,,',
  'Agence française de développement,Funder: development agency,FRA,Paris,,French,5,3,funder,,,',
].join('\n');

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

describe('preview and commit', () => {
  it('imports a good file: labels, codes and names resolved, one audit entry with the counts', () => {
    const ws = makeWorkspace('alpha');
    const table = parseCsv(GOOD_CSV, 'good.csv');
    const p = runPreview(ws, table);
    expect(p).toMatchObject({ rowCount: 3, validCount: 3, asideCount: 0, missingTargets: [], duplicates: [] });
    const result = runCommit(ws, table);
    expect(result).toMatchObject({ ok: true, data: { rows: 3, created: 3, merged: 0, skipped: 0, aside: [] } satisfies Partial<ImportSummary> });
    const rows = actorsOf(ws);
    expect(rows.map((a) => [a.name, a.category, a.family, a.country])).toEqual([
      ['Agence française de développement', 'funder_agency', 'external', 'FR'],
      ['Commune de Ndiaffate', 'partner_authority', 'external', 'SN'],
      ['Lycée Jean-Moulin', 'school', 'territorial', 'FR'],
    ]);
    const lycee = rows.find((a) => a.name === 'Lycée Jean-Moulin')!;
    expect(lycee).toMatchObject({
      themes: ['youth', 'mobility'],
      languages: ['fr', 'es'],
      influence: 4,
      interest: 5,
      tags: ['erasmus'],
      website: 'https://www.lycee-jm.fr',
      contactName: 'Anne Petit',
      contactEmail: 'anne.petit@lycee-jm.fr',
    });
    expect(rows.find((a) => a.country === 'SN')!.languages).toEqual(['fr', 'wo']);
    expect(rows.find((a) => a.country === 'FR' && a.family === 'external')!.languages).toEqual(['fr']);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'actors.import')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ workspaceId: ws.id, userId: ws.people.editor.id, entityType: 'actorImport' });
    expect(audit[0]!.changes).toMatchObject({ file: 'good.csv', format: 'csv', rows: 3, created: 3, merged: 0, skipped: 0 });
  });

  it('a file with bad rows: valid rows import, the others are set aside with reasons quoting the value and the accepted ones', () => {
    const ws = makeWorkspace('alpha');
    const csv = [
      'Nom;Catégorie;Pays;Influence;E-mail du contact',
      'Maison des Jumelages;Association ou ONG;France;3;',
      'X;Association ou ONG;France;3;',
      'Comité de jumelage;Vaisseau spatial;Atlantis;9;pas-un-email',
      'Université de Thiès;university;Sénégal;2;contact@univ-thies.sn',
    ].join('\n');
    const table = parseCsv(csv);
    const p = runPreview(ws, table);
    expect(p).toMatchObject({ rowCount: 4, validCount: 2, asideCount: 2 });
    expect(p.aside.map((r) => r.line)).toEqual([3, 4]);
    expect(p.aside[0]!.reason).toContain('« X »');
    const four = p.aside[1]!.reason;
    for (const quoted of ['« Vaisseau spatial »', '« Atlantis »', '« 9 »', '« pas-un-email »', 'Association ou ONG', 'Comité de jumelage'])
      expect(four).toContain(quoted);
    // Nothing is written by the preview; the commit writes the two valid rows only.
    const before = databaseFingerprint();
    runPreview(ws, table);
    expect(databaseFingerprint()).toEqual(before);
    const result = runCommit(ws, table);
    expect(result).toMatchObject({ ok: true, data: { created: 2 } });
    if (result.ok) {
      const data = result.data as ImportSummary;
      expect(data.aside.map((r) => [r.line, r.cells[0]])).toEqual([
        [3, 'X'],
        [4, 'Comité de jumelage'],
      ]);
    }
    expect(actorsOf(ws).map((a) => a.name)).toEqual(['Maison des Jumelages', 'Université de Thiès']);
  });

  it('refuses a commit whose counts are not those confirmed, and a file with nothing to import', () => {
    const ws = makeWorkspace('alpha');
    const table = parseCsv('Nom;Catégorie\nLa Fabrique;association\nZ;association');
    const mapping = guessMapping(table.headers);
    const before = databaseFingerprint();
    const wrong = executeWorkspaceAction(commit, ws.people.editor.id, ws.id, { table, mapping, decisions: {}, expected: { imported: 2, setAside: 0 } });
    expect(wrong).toMatchObject({ ok: false, code: 'conflict', message: 'importChanged' });
    const none = parseCsv('Nom;Catégorie\nY;association');
    const empty = executeWorkspaceAction(commit, ws.people.editor.id, ws.id, { table: none, mapping, decisions: {}, expected: { imported: 0, setAside: 1 } });
    expect(empty).toMatchObject({ ok: false, code: 'invalid', message: 'importNothingToImport' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it("gives zod's own messages in the person's language", () => {
    const ws = makeWorkspace('alpha');
    const table = parseCsv(`Nom,Catégorie,Site web\nLa Fabrique,association,https://${'a'.repeat(310)}.fr`);
    const fr = runPreview(ws, table, undefined, 'fr');
    const en = runPreview(ws, table, undefined, 'en');
    expect(fr.aside[0]).toMatchObject({ line: 2 });
    expect(fr.aside[0]!.reason).toMatch(/Site web.*(trop grand|300)/);
    expect(en.aside[0]!.reason).toMatch(/Website.*(too big|300)/i);
  });

  it('refuses a mapping without the required columns', () => {
    const ws = makeWorkspace('alpha');
    const table = parseCsv('Intitulé;Remarque\nLa Fabrique;ok');
    expect(runPreview(ws, table).missingTargets).toEqual(['name', 'category']);
    const before = databaseFingerprint();
    expect(runCommit(ws, table, {}, {})).toMatchObject({ ok: false, code: 'invalid', message: 'importMappingIncomplete' });
    // The person maps the columns by hand: the name from "Intitulé", no category column exists.
    expect(runCommit(ws, table, {}, { name: 0 })).toMatchObject({ ok: false, message: 'importMappingIncomplete' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('a hand-made mapping overrides the guess, and ignored columns are not read', () => {
    const ws = makeWorkspace('alpha');
    const table = parseCsv('Intitulé;Genre;Pays\nLa Fabrique;cultural;Espagne');
    expect(runCommit(ws, table, {}, { name: 0, category: 1, country: null })).toMatchObject({ ok: true, data: { created: 1 } });
    expect(actorsOf(ws)[0]).toMatchObject({ name: 'La Fabrique', category: 'cultural', country: null });
  });

  it('finds likely duplicates in the workspace and within the file; merges or skips as decided', () => {
    const ws = makeWorkspace('alpha');
    const known = seedActor(ws, { name: 'Comité de Jumelage d’Argence', country: 'FR', city: 'Argence', influence: 2, tags: ['old'] });
    seedActor(ws, { name: 'Diaspora Malienne', category: 'diaspora', country: 'FR' });
    const csv = [
      'Nom;Catégorie;Pays;Ville;Influence;Étiquettes',
      "comite de jumelage d'Argence;association;France;;5;jumelage", // 2: matches the known actor → merge
      'Diaspora malienne;diaspora;France;Argence;;', // 3: matches a known actor → skip
      'Réseau Eau Sahel;network;Burkina Faso;Ouagadougou;3;eau', // 4: new
      'RESEAU EAU SAHEL;network;BF;;4;eau|sahel', // 5: same as line 4 → merge into it
      'Réseau Eau Sahel;network;Mali;Bamako;2;', // 6: another country: a different actor
      'Réseau Eau Sahel;network;Burkina Faso;Bobo-Dioulasso;1;', // 7: same as line 4 → skip
    ].join('\n');
    const table = parseCsv(csv);
    const p = runPreview(ws, table);
    expect(p.duplicates.map((d) => [d.line, d.match.kind === 'existing' ? d.match.name : `line ${d.match.line}`])).toEqual([
      [2, 'Comité de Jumelage d’Argence'],
      [3, 'Diaspora Malienne'],
      [5, 'line 4'],
      [7, 'line 4'],
    ]);
    const result = runCommit(ws, table, { 2: 'merge', 3: 'skip', 5: 'merge', 7: 'skip' });
    expect(result).toMatchObject({ ok: true, data: { rows: 6, created: 2, merged: 2, skipped: 2, aside: [] } });
    const rows = actorsOf(ws);
    expect(rows).toHaveLength(4);
    // Merged: the file's filled-in cells overwrite, empty cells keep what was known.
    const merged = rows.find((a) => a.id === known)!;
    expect(merged).toMatchObject({ name: "comite de jumelage d'Argence", city: 'Argence', influence: 5, tags: ['jumelage'], country: 'FR' });
    expect(rows.find((a) => a.name === 'Diaspora Malienne')!.city).toBeNull();
    const sahel = rows.filter((a) => a.normalizedName === 'reseau eau sahel');
    expect(sahel.map((a) => [a.country, a.city, a.influence, a.tags])).toEqual(
      expect.arrayContaining([
        ['BF', 'Ouagadougou', 4, ['eau', 'sahel']],
        ['ML', 'Bamako', 2, []],
      ]),
    );
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'actors.import')).get()!;
    expect(audit.changes).toMatchObject({ created: 2, merged: 2, skipped: 2, updatedActorIds: [known] });
  });

  it('skips a duplicate that has no decision (a file of skipped duplicates only has nothing to import)', () => {
    const ws = makeWorkspace('alpha');
    seedActor(ws, { name: 'La Fabrique', city: 'Argence' });
    const result = runCommit(ws, parseCsv('Nom,Catégorie,Ville\nLa Fabrique,association,Ailleurs\nLa Forge,association,Argence'));
    expect(result).toMatchObject({ ok: true, data: { created: 1, merged: 0, skipped: 1 } });
    expect(runCommit(ws, parseCsv('Nom,Catégorie,Ville\nLa Fabrique,association,Ailleurs'))).toMatchObject({ ok: false, message: 'importNothingToImport' });
    expect(actorsOf(ws).find((a) => a.name === 'La Fabrique')!.city).toBe('Argence');
  });

  it("never looks at another workspace's actors", () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    seedActor(b, { name: 'La Fabrique' });
    const table = parseCsv('Nom,Catégorie\nLa Fabrique,association');
    expect(runPreview(a, table).duplicates).toEqual([]);
    expect(runCommit(a, table)).toMatchObject({ ok: true, data: { created: 1 } });
    expect(actorsOf(b)).toHaveLength(1);
  });

  it('a reviewer cannot import; a member of another workspace gets not_found', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const table = parseCsv('Nom,Catégorie\nLa Fabrique,association');
    const input = { table, mapping: guessMapping(table.headers), decisions: {}, expected: { imported: 1, setAside: 0 } };
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(commit, a.people.reviewer.id, a.id, input)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(executeWorkspaceAction(commit, b.people.admin.id, a.id, input)).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('imports an XLSX with French headers, labels and accents', async () => {
    const ws = makeWorkspace('alpha');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Feuil1');
    sheet.addRow(['Nom', 'Catégorie', 'Pays', 'Ville', 'Thèmes', 'Intérêt', 'Téléphone du contact']);
    sheet.addRow(['Société Générale d’Électricité', 'Entreprise', 'France', 'Évreux', 'énergie | coopération', 4, "'+33 2 32 00 00 00"]);
    sheet.addRow(['Hôpital régional de Saint-Louis', 'Hôpital', 'Sénégal', 'Saint-Louis', 'santé', 2, '']);
    const table = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'acteurs.xlsx');
    expect(runCommit(ws, table)).toMatchObject({ ok: true, data: { created: 2 } });
    const rows = actorsOf(ws);
    expect(rows.map((a) => [a.name, a.category, a.country, a.city, a.themes, a.interest])).toEqual([
      ['Hôpital régional de Saint-Louis', 'hospital', 'SN', 'Saint-Louis', ['santé'], 2],
      ['Société Générale d’Électricité', 'company', 'FR', 'Évreux', ['énergie', 'coopération'], 4],
    ]);
    expect(rows[1]!.contactPhone).toBe('+33 2 32 00 00 00');
  });
});

describe('export → import round trip', () => {
  function seedVariety(ws: Ws) {
    seedActor(ws, {
      name: '=HYPERLINK("http://evil.example","cliquez")',
      category: 'association',
      country: 'SN',
      city: 'Thiès',
      themes: ['eau', 'santé'],
      languages: ['fr', 'wo'],
      links: 'Partenariat depuis 2004;\n"forages", formation',
      influence: 2,
      interest: 5,
      tags: ['jumelage'],
      website: 'https://amis-thies.example',
      contactName: 'Aïssatou Ndiaye',
      contactRole: '-Présidente',
      contactEmail: 'aissatou@example.org',
      contactPhone: '+221 33 000 00 00',
    });
    seedActor(ws, { name: 'Conseil départemental', category: 'elected_official', portfolio: 'Relations internationales', country: 'FR' });
    seedActor(ws, { name: 'Ambassade du Japon', category: 'embassy', country: 'JP', city: 'Paris' });
    seedActor(ws, { name: 'Réseau sans pays', category: 'network' });
  }

  const comparable = (rows: ReturnType<typeof actorsOf>) =>
    rows.map(({ id: _id, workspaceId: _w, createdBy: _b, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest);

  for (const [format, locale] of [
    ['csv', 'fr'],
    ['csv', 'en'],
    ['xlsx', 'fr'],
    ['xlsx', 'en'],
  ] as const) {
    it(`${format} in ${locale}: headers are recognised, formulas are neutralised, and every field comes back`, async () => {
      const source = makeWorkspace('alpha');
      const target = makeWorkspace('bravo');
      seedVariety(source);
      const exported = listAllActors(db, source.ctx('editor'), {});
      let table: ImportTable;
      if (format === 'csv') {
        const csv = actorsToCsv(exported, locale);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv).toContain(`'=HYPERLINK`);
        expect(csv).toContain(`'+221 33`);
        table = parseCsv(csv, 'export.csv');
      } else {
        const buffer = await actorsToXlsx(exported, locale);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
        const cells = wb.worksheets[0]!.getSheetValues().flat();
        expect(cells).toContain(`'=HYPERLINK("http://evil.example","cliquez")`);
        expect(cells).not.toContain(`=HYPERLINK("http://evil.example","cliquez")`);
        table = await parseXlsx(new Uint8Array(buffer), 'export.xlsx');
      }
      expect(table.headers).toEqual(exportHeaders(locale));
      // Every column is recognised: nothing to map by hand.
      expect(Object.keys(guessMapping(table.headers))).toHaveLength(table.headers.length);
      expect(runPreview(target, table)).toMatchObject({ rowCount: 4, validCount: 4, asideCount: 0, duplicates: [] });
      expect(runCommit(target, table)).toMatchObject({ ok: true, data: { created: 4 } });
      expect(comparable(actorsOf(target))).toEqual(comparable(actorsOf(source)));

      // Re-importing into the same workspace: every row is a likely duplicate; merging changes nothing.
      const dup = runPreview(source, table);
      expect(dup.duplicates).toHaveLength(4);
      expect(dup.duplicates.every((d) => d.match.kind === 'existing')).toBe(true);
      const beforeMerge = comparable(actorsOf(source));
      const decisions = Object.fromEntries(dup.duplicates.map((d) => [String(d.line), 'merge' as const]));
      expect(runCommit(source, table, decisions)).toMatchObject({ ok: true, data: { created: 0, merged: 4, skipped: 0 } });
      expect(comparable(actorsOf(source))).toEqual(beforeMerge);
    });
  }

  it('exports only what the filters select', () => {
    const ws = makeWorkspace('alpha');
    seedVariety(ws);
    const rows = listAllActors(db, ws.ctx('editor'), { family: 'external' });
    expect(rows.map((r) => r.name).sort()).toEqual(['Ambassade du Japon', 'Réseau sans pays']);
    const csv = actorsToCsv(rows, 'fr');
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    expect(
      db
        .select()
        .from(actors)
        .where(and(eq(actors.workspaceId, ws.id), eq(actors.family, 'external')))
        .all(),
    ).toHaveLength(2);
  });
});
