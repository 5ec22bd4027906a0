import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { executeWorkspaceAction } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { guessMapping, parseCsv, parseXlsx } from './import';
import type { ImportSummary } from './import-schemas';
import '@/lib/actors/import-actions';
import { commit, runPreview, runCommit, actorsOf, seedActor, GOOD_CSV } from './import-test-setup';

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
