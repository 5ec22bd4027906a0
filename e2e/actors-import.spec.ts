import fs from 'node:fs';
import { DEMO, expect, test } from './fixtures';
import { ActorsPage } from './pages/actors-page';
import { ActorsImportPage, type UploadFile } from './pages/actors-import-page';

const ws = DEMO.workspace.slug;

function csv(name: string, rows: string[][]): UploadFile {
  // Semicolons, CRLF and a BOM: what Excel writes with a French locale.
  const text = '\uFEFF' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') };
}

test.describe('importing and exporting actors', () => {
  test.beforeEach(async ({ page, signIn }) => {
    await signIn(page, DEMO.accounts.editor.email);
  });

  test('a file with one bad row imports nothing and shows why; fixed, it imports; an export re-imports cleanly', async ({ page, axe }) => {
    test.setTimeout(120_000);
    const importer = new ActorsImportPage(page, axe);
    const actors = new ActorsPage(page, axe);
    const stamp = Date.now().toString(36);
    const tag = `import-${stamp}`;
    const header = ['Nom', 'Catégorie', 'Pays', 'Ville', 'Thèmes', 'Étiquettes', 'Téléphone du contact'];
    const good = ['Maison de l’Europe d’Argence ' + stamp, 'Association ou ONG', 'France', 'Argence-la-Ville', 'citoyenneté européenne', tag, '+33 3 00 00 00 00'];
    const bad = ['Université de Thiès ' + stamp, 'Université volante', 'Sénégal', 'Thiès', 'santé | agronomie', tag, ''];

    // 1. One bad row: its line, field and reason are shown, the import cannot go ahead.
    await importer.goto(ws);
    await importer.analyse(csv('acteurs.csv', [header, good, bad]));
    await expect(importer.checkRegion.getByRole('status')).toHaveText(/3 lignes|2 lignes/);
    const row3 = importer.errorRow(3);
    await expect(row3.getByRole('cell').nth(0)).toHaveText(importer.m.columns.category);
    await expect(row3.getByRole('cell').nth(1)).toHaveText(importer.t.validation.categoryUnknown);
    await expect(importer.commitButton).toBeDisabled();
    await importer.expectAccessible('import with an invalid row');
    await actors.gotoTable(ws, `?tag=${tag}`);
    await expect(page.getByText(actors.t.actors.empty)).toBeVisible();

    // 2. Fixed: the category given as a French label, both rows are imported.
    bad[1] = 'Université ou organisme de recherche';
    await importer.goto(ws);
    await importer.analyse(csv('acteurs-corrige.csv', [header, good, bad]));
    await expect(importer.errorsTable).toHaveCount(0);
    await expect(importer.commitButton).toHaveText(/2/);
    await importer.commit();
    await expect(importer.doneRegion.getByRole('status')).toContainText('2 acteurs créés');
    await importer.expectAccessible('import done');
    await actors.gotoTable(ws, `?tag=${tag}`);
    await expect(actors.rowLink(good[0]!)).toBeVisible();
    await expect(actors.rowLink(bad[0]!)).toBeVisible();

    // 3. Export the filtered table as CSV and as XLSX, and import each file back: every row is a
    // likely duplicate of the actor it came from; merged, nothing is created and nothing changes.
    for (const label of [actors.t.actors.exportCsv, actors.t.actors.exportXlsx]) {
      await actors.gotoTable(ws, `?tag=${tag}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/^acteurs-val-d-argence-\d{4}-\d{2}-\d{2}\.(csv|xlsx)$/);
      const buffer = fs.readFileSync((await download.path())!);
      if (name.endsWith('.csv')) {
        const text = buffer.toString('utf-8');
        expect(text.startsWith('\uFEFFNom;Catégorie;')).toBe(true);
        // The phone number starting with "+" is neutralised for spreadsheets.
        expect(text).toContain("'+33 3 00 00 00 00");
      }
      await importer.goto(ws);
      await importer.analyse({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await expect(importer.errorsTable).toHaveCount(0);
      await expect(importer.page.getByRole('heading', { name: /2 doublons probables/ })).toBeVisible();
      await importer.mergeAll();
      await importer.expectAccessible('re-import with duplicates');
      await importer.commit();
      await expect(importer.doneRegion.getByRole('status')).toContainText('aucun acteur créé, 2 lignes fusionnées');
    }
    await actors.gotoTable(ws, `?tag=${tag}`);
    await expect(page.getByRole('status').filter({ hasText: '2 acteurs' })).toBeVisible();
  });

  test('a file past the size limit gets a clear message before anything is sent', async ({ page, axe }) => {
    const importer = new ActorsImportPage(page, axe);
    await importer.goto(ws);
    await importer.fileInput.setInputFiles({ name: 'enorme.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 'a') });
    await importer.analyseButton.click();
    await expect(importer.formError).toContainText('5 Mo');
    await expect(importer.mappingHeading).toHaveCount(0);
    await importer.expectAccessible('import with a file too large');
  });
});
