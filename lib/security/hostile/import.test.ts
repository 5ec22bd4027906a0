import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { db } from '@/db/client';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { ImportFileError, readImportFile } from '@/lib/actors/import';
import { ImportFileInput, IMPORT_MAX_BYTES } from '@/lib/actors/import-schemas';
import { actorsToCsv } from '@/lib/actors/export';
import { listAllActors } from '@/lib/actors/queries';
import { ActorFilter } from '@/lib/actors/schemas';
// Registers the import's workspace actions (the whole suite got them through lib/test/action-inputs.ts).
import '@/lib/actors/import-actions';
import { HOSTILE_RUNS, describe as show } from './values';
import { options, count, printTallyAfterAll, expectRefused } from './checks';

// Hostile input (issue 10.2): the shared checks, tally and options are in ./checks.ts.

printTallyAfterAll('actors import');

// ---------------------------------------------------------------------------------------------
// The actors import: hostile files, then hostile rows through the commit

/** The hostile file's columns, in order: the header a person writes, and the actor field it is mapped to. */
const IMPORT_COLUMNS = [
  ['Nom', 'name'],
  ['Catégorie', 'category'],
  ['Pays', 'country'],
  ['Ville', 'city'],
  ['Thèmes', 'themes'],
  ['Langues', 'languages'],
  ['Liens', 'links'],
  ['Influence', 'influence'],
  ['Intérêt', 'interest'],
  ['Étiquettes', 'tags'],
  ['Site web', 'website'],
  ['Portefeuille', 'portfolio'],
  ['Contact', 'contactName'],
  ['Fonction', 'contactRole'],
  ['Courriel', 'contactEmail'],
] as const;

describe('hostile files to the actors import', () => {
  const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

  it('unreadable, oversized, mislabelled and random files are refused with a localised message', async () => {
    const files = fc.oneof(
      fc
        .uint8Array({ minLength: 1, maxLength: 4096 })
        .map((bytes) => ({ label: 'random bytes as xlsx', file: { name: 'a.xlsx', format: 'xlsx', data: b64(bytes) } })),
      fc.constant({ label: 'zip header only', file: { name: 'a.xlsx', format: 'xlsx', data: b64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])) } }),
      fc.constant({ label: 'csv labelled xlsx', file: { name: 'a.xlsx', format: 'xlsx', data: b64('Nom;Catégorie\nA;association\n') } }),
      fc.constant({ label: 'file over the size limit', file: { name: 'a.csv', format: 'csv', data: b64(Buffer.alloc(IMPORT_MAX_BYTES + 10, 0x41)) } }),
      fc.constant({ label: 'too many rows', file: { name: 'a.csv', format: 'csv', data: b64(`Nom;Catégorie\n${'A;association\n'.repeat(6000)}`) } }),
      fc.constant({ label: 'empty csv', file: { name: 'a.csv', format: 'csv', data: b64('\n\n') } }),
      fc.constantFrom('', '%%%', '!!!!').map((data) => ({ label: 'not base64', file: { name: 'a.csv', format: 'csv', data } })),
      fc.constantFrom('ods', 'exe', '__proto__', null, 3).map((format) => ({ label: 'unknown format', file: { name: 'a.csv', format, data: b64('x') } })),
      fc.constant({ label: 'name of 1 MB', file: { name: 'x'.repeat(1024 * 1024), format: 'csv', data: b64('x') } }),
    );
    const before = databaseFingerprint();
    await fc.assert(
      fc.asyncProperty(files, async ({ label, file }) => {
        const parsed = ImportFileInput.safeParse(file);
        let refused = !parsed.success;
        if (parsed.success) {
          try {
            const table = await readImportFile(parsed.data);
            // Read at all: then it must hold no row (an empty or header-only file is refused later by the preview).
            refused = table.rows.length === 0;
          } catch (error) {
            expect(error, `${label}: crashed`).toBeInstanceOf(ImportFileError);
            const key = (error as ImportFileError).key;
            expect(Object.keys(fr.actorsImport.errors)).toContain(key);
            expect(Object.keys(en.actorsImport.errors)).toContain(key);
            refused = true;
          }
        }
        expect(refused, `${label} was read as actors`).toBe(true);
        count('actors.importFile', label, 'refused', true);
      }),
      { ...options, numRuns: Math.min(HOSTILE_RUNS, 25) },
    );
    expect(databaseFingerprint()).toEqual(before);
  });

  it('hostile cells either fail their row with a message or are stored as inert text; formulas are neutralised in the export', async () => {
    const ws = makeWorkspace('hostile');
    const commit = workspaceActionRegistry.find((d) => d.name === 'actors.import')!;
    const cells = fc.oneof(
      fc
        .constantFrom('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '=1+1', '\t=1', '\r=1')
        .map((v) => ({ label: 'formula', v })),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror="window.__xss=1">', 'javascript:alert(1)').map((v) => ({ label: 'markup', v })),
      fc.string({ unit: 'binary', maxLength: 40 }).map((v) => ({ label: 'random unicode', v })),
    );
    await fc.assert(
      fc.asyncProperty(cells, fc.constantFrom(0, 2, 3, 5, 13, 14), async ({ label, v }, column) => {
        const headers: string[] = IMPORT_COLUMNS.map(([header]) => header);
        const row = ['Acteur importé', 'association', 'SN', 'Thiès', '', '', '', '3', '3', '', '', '', '', '', ''];
        row[column] = column === 0 ? `Acteur ${v}` : v;
        const csv = [headers, row].map((r) => r.map((x) => `"${x.replaceAll('"', '""')}"`).join(';')).join('\n');
        const table = await readImportFile({ name: 'hostile.csv', format: 'csv', data: b64(csv) });
        const before = databaseFingerprint();
        const mapping = Object.fromEntries(IMPORT_COLUMNS.map(([, field], column) => [field, column]));
        const result = executeWorkspaceAction(commit, ws.people.admin.id, ws.id, { table, mapping, decisions: {} });
        if (!result.ok) {
          expectRefused(result, `import cell ${label} ${show(v)}`);
          expect(databaseFingerprint()).toEqual(before);
          count('actors.import', label, 'refused', true);
          return;
        }
        // Stored as text: the export neutralises anything a spreadsheet would run.
        const csvOut = actorsToCsv(listAllActors(db, ws.ctx('admin'), ActorFilter.parse({})), 'fr');
        for (const line of csvOut.split(/\r?\n/).slice(1)) {
          for (const field of line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
            const cell = field.replace(/^"|"$/g, '').replaceAll('""', '"');
            expect(/^[=+\-@\t\r]/.test(cell), `exported cell ${show(cell)} would run as a formula`).toBe(false);
          }
        }
        count('actors.import', label, 'harmless', false);
      }),
      options,
    );
    // The first test of its file to run an import end to end: loading the import's modules counts against
    // its time (in the one hostile file it had, it ran after them); on a busy machine that passed 5 s.
  }, 60_000);
});
