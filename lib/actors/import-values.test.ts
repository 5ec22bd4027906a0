import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actorRelations, actors, importValueChoices } from '@/db/schema';
import { ALL_ACTOR_CATEGORIES, familyOf } from '@/db/schema/actors';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { encodeCsv, OFFICE_HEADER, officeCsvText, officeRows } from '@/lib/test/office-actors';
import { insertActor, summarizeActors } from './queries';
import { ActorInput } from './schemas';
import { guessMapping, parseCsv, parseXlsx, readImportFile } from './import';
import { asideCsv } from './import-aside';
import { isScoped, scopeOf, suggestValue, valueKey } from './import-values';
import { CHOICE_ASIDE, type ImportChoices, type ImportKind, type ImportPreview, type ImportSummary, type ImportTable } from './import-schemas';
import '@/lib/actors/import-actions';

const preview = workspaceActionRegistry.find((d) => d.name === 'actors.importPreview')!;
const commit = workspaceActionRegistry.find((d) => d.name === 'actors.import')!;
type Ws = ReturnType<typeof makeWorkspace>;

function runPreview(ws: Ws, table: ImportTable, choices: ImportChoices = {}, kind: ImportKind = 'actors') {
  const result = executeWorkspaceAction(preview, ws.people.editor.id, ws.id, { kind, table, choices, locale: 'fr' });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as ImportPreview;
}

/** Previews, then commits with the counts the preview gave (as the person confirms them). */
function runImport(ws: Ws, table: ImportTable, choices: ImportChoices = {}, kind: ImportKind = 'actors') {
  const p = runPreview(ws, table, choices, kind);
  const expected = { imported: p.validCount - p.duplicates.length, setAside: p.asideCount };
  const result = executeWorkspaceAction(commit, ws.people.editor.id, ws.id, {
    kind,
    table,
    mapping: p.mapping,
    choices,
    decisions: {},
    expected,
    locale: 'fr',
  });
  return { preview: p, result };
}

function actorsOf(ws: Ws) {
  return db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all();
}

async function xlsxTable(rows: string[][]): Promise<ImportTable> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Acteurs');
  sheet.addRow(OFFICE_HEADER);
  for (const r of rows) sheet.addRow(r);
  return parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'acteurs.xlsx');
}

async function tableIn(encoding: 'utf8' | 'utf8-bom' | 'cp1252' | 'xlsx', rows: string[][]): Promise<ImportTable> {
  if (encoding === 'xlsx') return xlsxTable(rows);
  const bytes = encodeCsv(officeCsvText(rows), encoding);
  return readImportFile({ name: 'acteurs.csv', format: 'csv', data: Buffer.from(bytes).toString('base64') });
}

describe('suggestions', () => {
  it('exact code or label, then ignoring accents and case, then synonyms decided by the country', () => {
    expect(suggestValue('category', 'partner_authority', '')).toEqual({ choice: 'partner_authority', source: 'exact' });
    expect(suggestValue('category', 'Comité de jumelage', '')).toEqual({ choice: 'twinning_committee', source: 'exact' });
    expect(suggestValue('category', 'COMITE DE JUMELAGE', '')).toEqual({ choice: 'twinning_committee', source: 'normalized' });
    expect(suggestValue('category', 'Collectivité partenaire', 'abroad')).toEqual({ choice: 'partner_authority', source: 'synonym' });
    expect(suggestValue('category', 'Collectivité partenaire', 'fr')).toEqual({ choice: 'french_authority', source: 'synonym' });
    expect(suggestValue('category', 'ONG', 'abroad')).toEqual({ choice: 'partner_ngo', source: 'synonym' });
    expect(suggestValue('category', 'NGO', 'fr')).toEqual({ choice: 'association', source: 'synonym' });
    expect(suggestValue('category', 'Bailleur', '')).toEqual({ choice: 'funder_other', source: 'synonym' });
    // An authority in France may be of the territory or not: the person decides.
    expect(suggestValue('category', 'Collectivité territoriale', 'fr')).toBeNull();
    expect(suggestValue('category', 'Collectivité territoriale', 'abroad')).toEqual({ choice: 'partner_authority', source: 'synonym' });
    expect(suggestValue('category', 'Vaisseau spatial', '')).toBeNull();
    expect(suggestValue('type', 'Jumelage', '')).toEqual({ choice: 'twinning', source: 'exact' });
    expect(suggestValue('type', 'coopération décentralisée', '')).toEqual({ choice: 'partnership', source: 'synonym' });
    expect(suggestValue('country', 'Sénégal', '')).toEqual({ choice: 'SN', source: 'exact' });
    expect(suggestValue('country', 'senegal', '')).toEqual({ choice: 'SN', source: 'normalized' });
    expect(suggestValue('country', 'Atlantide', '')).toBeNull();
  });

  it('every synonym points at a category that exists', () => {
    for (const value of ['ONG', 'Etat', 'Agence', 'Réseau', 'Syndicat', 'Association de maires', 'Université', 'Hôpital']) {
      for (const scope of ['fr', 'abroad'] as const) {
        const s = suggestValue('category', value, scope);
        if (s) expect(ALL_ACTOR_CATEGORIES).toContain(s.choice);
      }
    }
  });
});

describe('the office file, as it comes', () => {
  it('UTF-8, UTF-8 with BOM, Windows-1252 and XLSX give the same values, counts, suggestions and import', { timeout: 60_000 }, async () => {
    const rows = officeRows();
    const results: unknown[] = [];
    for (const encoding of ['utf8', 'utf8-bom', 'cp1252', 'xlsx'] as const) {
      const ws = makeWorkspace(`office-${encoding.replace(/\W/g, '')}`);
      const table = await tableIn(encoding, rows);
      expect(guessMapping(table.headers)).toMatchObject({ name: 0, category: 1, country: 2, city: 3, links: 4 });
      const p = runPreview(ws, table);
      const group = (value: string, scope: '' | 'fr' | 'abroad' = '') => p.values.find((g) => g.key === valueKey('category', scope, value));
      expect(group('Collectivité territoriale', 'fr')).toMatchObject({ count: 2, suggestion: null });
      expect(group('Collectivité territoriale', 'abroad')).toMatchObject({ count: 2, suggestion: { choice: 'partner_authority' } });
      expect(group('Collectivité partenaire', 'abroad')).toMatchObject({ count: 7, suggestion: { choice: 'partner_authority', source: 'synonym' } });
      expect(group('Bailleur')).toMatchObject({ count: 2, suggestion: { choice: 'funder_other' } });
      expect(group('Bailleur UE')).toMatchObject({ count: 1, suggestion: null });
      // Without choices, the rows of values without a target are set aside, with the value quoted.
      expect(p).toMatchObject({ rowCount: 25, validCount: 22, asideCount: 3 });
      expect(p.aside.map((r) => r.line)).toEqual([2, 3, 26]);
      expect(p.aside[2]!.reason).toContain('« Bailleur UE »');
      expect(p.aside[2]!.reason).toContain('Bailleur : Union européenne');

      // The person maps the rest: the file's two French authorities are outside the territory, "Bailleur UE" is the EU.
      const choices = {
        [valueKey('category', 'fr', 'Collectivité territoriale')]: 'french_authority',
        [valueKey('category', '', 'Bailleur UE')]: 'funder_eu',
      };
      const { preview: confirmed, result } = runImport(ws, table, choices);
      expect(confirmed).toMatchObject({ validCount: 25, asideCount: 0 });
      expect(result).toMatchObject({ ok: true, data: { created: 25, aside: [] } });
      const stored = actorsOf(ws);
      const byName = new Map(stored.map((a) => [a.name, a]));
      expect(byName.get('Commune de Saint-Argence')).toMatchObject({ category: 'french_authority', family: 'national', country: 'FR' });
      expect(byName.get('Cités Unies France')).toMatchObject({ category: 'authority_association', family: 'national' });
      expect(byName.get('Préfecture de région')).toMatchObject({ category: 'state_service', family: 'national' });
      expect(byName.get('Syndicat des eaux du Val')).toMatchObject({ category: 'local_syndicat', family: 'territorial' });
      expect(byName.get('ONG Jappo')).toMatchObject({ category: 'partner_ngo', family: 'external', country: 'SN' });
      expect(byName.get('Association des maires du Sénégal')).toMatchObject({ category: 'partner_mayors_association' });
      expect(byName.get("Agence nationale d'investissement des collectivités")).toMatchObject({ category: 'partner_agency', country: 'ML' });
      expect(byName.get('Landkreis Lindenau')).toMatchObject({ category: 'partner_authority', country: 'DE' });
      // The territory's figures count only the territory.
      const summary = db.transaction((tx) => summarizeActors(tx, ws.ctx('editor')));
      expect(Object.fromEntries(summary.byFamily.map((f) => [f.key, f.n]))).toEqual({ territorial: 5, national: 5, external: 15 });
      results.push(stored.map((a) => [a.name, a.category, a.country, a.city, a.links]).sort());

      // The choices are remembered for the workspace and offered first next time.
      const again = runPreview(ws, table);
      expect(again.values.find((g) => g.key === valueKey('category', '', 'Bailleur UE'))!.suggestion).toEqual({ choice: 'funder_eu', source: 'remembered' });
      expect(again.asideCount).toBe(0);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[3]).toEqual(results[0]);
  });

  it("remembered choices stay in their workspace; 'set aside' is a choice too", async () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const table = await tableIn('utf8', officeRows());
    const aside = { [valueKey('category', 'fr', 'Collectivité territoriale')]: CHOICE_ASIDE, [valueKey('category', '', 'Bailleur UE')]: 'funder_eu' };
    const { result } = runImport(a, table, aside);
    expect(result).toMatchObject({ ok: true, data: { created: 23 } });
    if (result.ok) {
      const data = result.data as ImportSummary;
      expect(data.aside.map((r) => r.line)).toEqual([2, 3]);
      expect(data.aside[0]!.reason).toContain('« Collectivité territoriale »');
    }
    expect(db.select().from(importValueChoices).where(eq(importValueChoices.workspaceId, a.id)).all()).toHaveLength(2);
    expect(runPreview(b, table).values.some((g) => g.suggestion?.source === 'remembered')).toBe(false);
  });

  it('the set-aside CSV keeps the columns, adds the reason, and imports back', async () => {
    const ws = makeWorkspace('alpha');
    const table = await tableIn('cp1252', officeRows());
    const { result } = runImport(ws, table);
    if (!result.ok) throw new Error('import failed');
    const data = result.data as ImportSummary;
    const csv = asideCsv(data.headers, data.aside, 'Motif de mise de côté');
    const back = parseCsv(csv);
    expect(back.headers).toEqual([...OFFICE_HEADER, 'Motif de mise de côté']);
    expect(back.rows.map((r) => r.cells.slice(0, 5))).toEqual(data.aside.map((r) => r.cells));
    expect(back.rows.map((r) => r.cells[5])).toEqual(data.aside.map((r) => r.reason));
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const FREE_TYPES = [
  'Collectivité territoriale',
  'Collectivité partenaire',
  'Bailleur',
  'ONG',
  'Association',
  'Réseau',
  'Etat',
  'Type inconnu',
  'Œuvre d’entraide',
  'Agence',
];
const COUNTRIES = ['France', 'Sénégal', 'Arménie', 'Mali', 'Allemagne', 'Canada', 'Atlantide', ''];
const letters = fc.constantFrom(...'abcdeéèàçôîïüxyzÉ -'.split(''));
const nameArb = fc.array(letters, { minLength: 3, maxLength: 14 }).map((cs) => cs.join('').trim());

type FileRow = { name: string; type: string; country: string; valid: boolean };

const fileArb = fc
  .record({
    rows: fc.array(fc.record({ name: nameArb, type: fc.constantFrom(...FREE_TYPES), country: fc.constantFrom(...COUNTRIES), bad: fc.boolean() }), {
      minLength: 1,
      maxLength: 12,
    }),
    encoding: fc.constantFrom('utf8', 'utf8-bom', 'cp1252', 'xlsx') as fc.Arbitrary<'utf8' | 'utf8-bom' | 'cp1252' | 'xlsx'>,
    targets: fc.array(fc.constantFrom(...ALL_ACTOR_CATEGORIES, CHOICE_ASIDE), { minLength: 40, maxLength: 40 }),
  })
  .map(({ rows, encoding, targets }) => ({
    // Unique names, so that no row is a likely duplicate of another; a "bad" row has a one-letter name.
    rows: rows.map((r, i): FileRow => ({
      name: r.bad ? 'X' : `${r.name.length >= 2 ? r.name : 'Acteur'} ${i}`,
      type: r.type,
      country: r.country,
      valid: !r.bad,
    })),
    encoding,
    targets,
  }));

let run = 0;

describe('value mapping, as properties', () => {
  it('a file whose closed-list values are all mapped imports every valid row, whatever the encoding; refused rows never reach the database', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async ({ rows, encoding, targets }) => {
        const ws = makeWorkspace(`prop-${run++}`);
        const table = await tableIn(
          encoding,
          rows.map((r) => [r.name, r.type, r.country, '', '']),
        );
        // Map every value: the suggestion where there is one, else an arbitrary target or "set aside".
        const first = runPreview(ws, table);
        const choices: ImportChoices = {};
        first.values.forEach((g, i) => {
          if (!g.suggestion) choices[g.key] = g.field === 'country' ? '__empty' : targets[i % targets.length]!;
        });
        const before = databaseFingerprint();
        const p = runPreview(ws, table, choices);
        expect(databaseFingerprint()).toEqual(before);
        expect(p.values.every((g) => g.suggestion || choices[g.key])).toBe(true);
        const asideByChoice = new Set(
          rows.flatMap((r, i) => {
            const country = r.country ? (suggestValue('country', r.country, '')?.choice ?? null) : null;
            const key = valueKey('category', isScoped('category', r.type) ? scopeOf(country) : '', r.type);
            const choice = choices[key] ?? p.values.find((g) => g.key === key)?.suggestion?.choice;
            return choice === CHOICE_ASIDE ? [i + 2] : [];
          }),
        );
        const expectedLines = rows.flatMap((r, i) => (r.valid && !asideByChoice.has(i + 2) ? [i + 2] : []));
        expect(p.validCount).toBe(expectedLines.length);
        expect(p.asideCount).toBe(rows.length - expectedLines.length);
        const { result } = runImport(ws, table, choices);
        const stored = actorsOf(ws);
        if (expectedLines.length === 0) {
          expect(result).toMatchObject({ ok: false, message: 'importNothingToImport' });
          expect(stored).toHaveLength(0);
          return;
        }
        expect(result.ok).toBe(true);
        // Every valid row is there, with a family that matches its category; no refused row is.
        expect(stored.map((a) => a.name).sort()).toEqual(expectedLines.map((l) => rows[l - 2]!.name).sort());
        for (const a of stored) expect(a.family).toBe(familyOf(a.category));
        expect(stored.some((a) => a.name === 'X')).toBe(false);
      }),
      { numRuns: 30 },
    );
  }, 180_000);

  it('values without a target never import: their rows are set aside, whatever the encoding', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async ({ rows, encoding }) => {
        const ws = makeWorkspace(`prop-${run++}`);
        const table = await tableIn(
          encoding,
          rows.map((r) => [r.name, r.type, r.country, '', '']),
        );
        const p = runPreview(ws, table);
        const unmatched = p.values.filter((g) => !g.suggestion).reduce((n, g) => n + g.count, 0);
        expect(p.validCount + p.asideCount).toBe(rows.length);
        expect(p.asideCount).toBeGreaterThanOrEqual(Math.min(unmatched, rows.length) > 0 ? 1 : 0);
        const { result } = runImport(ws, table);
        const names = new Set(actorsOf(ws).map((a) => a.name));
        for (const line of p.aside.map((r) => r.line)) expect(names.has(rows[line - 2]!.name)).toBe(false);
        if (result.ok) expect(names.size).toBe(p.validCount);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});

describe('relations files', () => {
  function seed(ws: Ws, name: string, category: ActorInput['category'] = 'partner_authority') {
    return db.transaction((tx) => insertActor(tx, ws.ctx('editor'), ActorInput.parse({ name, category })));
  }

  it('finds both actors by name, maps free-text types and dates; unknown names, repeats and known relations are set aside', () => {
    const ws = makeWorkspace('alpha');
    const argence = seed(ws, "Comité de jumelage d'Argence", 'twinning_committee');
    const ndiaffate = seed(ws, 'Commune de Ndiaffate');
    const afd = seed(ws, 'Agence française de développement', 'funder_agency');
    db.insert(actorRelations)
      .values({ id: 'known', workspaceId: ws.id, sourceId: afd, targetId: ndiaffate, type: 'funding', directed: true, strength: 3, createdAt: new Date() })
      .run();
    const csv = [
      'De;Vers;Type de relation;Force;Début;Fin;Notes',
      "comite de jumelage d'argence;Commune de Ndiaffate;Jumelage;5;01/03/2004;;Depuis 2004", // 2: ok
      'Commune de Ndiaffate;Ville inconnue;Partenariat;3;;;', // 3: unknown actor
      "Comité de jumelage d'Argence;Commune de Ndiaffate;jumelage;4;;;", // 4: repeats line 2
      'Agence française de développement;Commune de Ndiaffate;Financement;3;;;', // 5: already known
      "Agence française de développement;Comité de jumelage d'Argence;Subvention;9;2024;2023;", // 6: strength and dates refused
      "Agence française de développement;Comité de jumelage d'Argence;Coopération décentralisée;2;2024;;", // 7: ok
    ].join('\n');
    const table = parseCsv(csv);
    expect(guessMapping(table.headers, 'relations')).toEqual({ from: 0, to: 1, type: 2, strength: 3, startDate: 4, endDate: 5, notes: 6 });
    const before = databaseFingerprint();
    const p = runPreview(ws, table, {}, 'relations');
    expect(databaseFingerprint()).toEqual(before);
    expect(p).toMatchObject({ validCount: 2, asideCount: 4 });
    expect(p.aside.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(p.aside[0]!.reason).toContain('« Ville inconnue »');
    expect(p.aside[1]!.reason).toContain('2');
    expect(p.aside[3]!.reason).toContain('« 9 »');
    const { result } = runImport(ws, table, {}, 'relations');
    expect(result).toMatchObject({ ok: true, data: { kind: 'relations', created: 2 } });
    const rels = db.select().from(actorRelations).where(eq(actorRelations.workspaceId, ws.id)).all();
    expect(rels).toHaveLength(3);
    expect(rels.find((r) => r.sourceId === argence)).toMatchObject({
      targetId: ndiaffate,
      type: 'twinning',
      strength: 5,
      startDate: '2004-03-01',
      notes: 'Depuis 2004',
      directed: false,
    });
    expect(rels.find((r) => r.sourceId === afd && r.targetId === argence)).toMatchObject({ type: 'partnership', startDate: '2024-01-01' });
  });

  it('a member of another workspace cannot import relations into it', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const table = parseCsv('De;Vers;Type\nA;B;Jumelage');
    const before = databaseFingerprint();
    const result = executeWorkspaceAction(commit, b.people.admin.id, a.id, {
      kind: 'relations',
      table,
      mapping: { from: 0, to: 1, type: 2 },
      decisions: {},
      expected: { imported: 1, setAside: 0 },
    });
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
  });
});
