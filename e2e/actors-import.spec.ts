import fs from 'node:fs';
import { DEMO, expect, test } from './fixtures';
import { ActorsPage } from './pages/actors-page';
import { ActorsImportPage, type UploadFile } from './pages/actors-import-page';
import { ExternalActionsPage } from './pages/external-actions-page';
import { encodeCsv, OFFICE_HEADER, officeCsvText, officeRows } from '../lib/test/office-actors';

const ws = DEMO.workspace.slug;

function csv(name: string, rows: string[][]): UploadFile {
  // Semicolons, CRLF and a BOM: what Excel writes with a French locale.
  const text = '\uFEFF' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') };
}

test.describe('importing and exporting actors', () => {
  test('a row with an unknown category is set aside with the value quoted; once the value is mapped both rows import; an export re-imports cleanly', async ({
    page,
    axe,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const importer = await signInAs('editor', ActorsImportPage);
    const actors = new ActorsPage(page, axe);
    const stamp = Date.now().toString(36);
    const tag = `import-${stamp}`;
    const header = ['Nom', 'Catégorie', 'Pays', 'Ville', 'Thèmes', 'Étiquettes', 'Téléphone du contact'];
    const good = [
      'Maison de l’Europe d’Argence ' + stamp,
      'Association ou ONG',
      'France',
      'Argence-la-Ville',
      'citoyenneté européenne',
      tag,
      '+33 3 00 00 00 00',
    ];
    const bad = ['Université de Thiès ' + stamp, 'Université volante', 'Sénégal', 'Thiès', 'santé | agronomie', tag, ''];

    // 1. A category the app does not know: its row is set aside, the reason quotes the value and the
    // accepted labels; nothing is written before the person confirms.
    await importer.goto(ws);
    await importer.analyse(csv('acteurs.csv', [header, good, bad]));
    await expect(importer.plan).toHaveText('1 ligne sera importée, 1 mise de côté.');
    const row3 = importer.asideRow(3);
    await expect(row3).toContainText('« Université volante »');
    await expect(row3).toContainText('Université ou organisme de recherche');
    await importer.expectAccessible('import with a row set aside');
    await actors.gotoTable(ws, `?tag=${tag}`);
    await expect(page.getByText(actors.t.actors.empty)).toBeVisible();

    // 2. The person maps the value: both rows are imported, after the confirmation.
    await importer.goto(ws);
    await importer.analyse(csv('acteurs-corrige.csv', [header, good, bad]));
    await importer.valueSelect('Université volante').selectOption({ label: 'Université ou organisme de recherche' });
    await expect(importer.plan).toHaveText('2 lignes seront importées, aucune mise de côté.');
    await expect(importer.asideTable).toHaveCount(0);
    await importer.commit('2 lignes seront importées, aucune mise de côté.');
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
      await importer.analyse({
        name,
        mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
      await expect(importer.asideTable).toHaveCount(0);
      await expect(importer.page.getByRole('heading', { name: /2 doublons probables/ })).toBeVisible();
      await importer.mergeAll();
      await importer.expectAccessible('re-import with duplicates');
      await importer.commit();
      await expect(importer.doneRegion.getByRole('status')).toContainText('aucun acteur créé, 2 lignes fusionnées');
    }
    await actors.gotoTable(ws, `?tag=${tag}`);
    await expect(page.getByRole('status').filter({ hasText: '2 acteurs' })).toBeVisible();
  });

  test('a file past the size limit gets a clear message before anything is sent', async ({ signInAs }) => {
    const importer = await signInAs('editor', ActorsImportPage);
    await importer.goto(ws);
    await importer.fileInput.setInputFiles({ name: 'enorme.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 'a') });
    await importer.analyseButton.click();
    await expect(importer.formError).toContainText('5 Mo');
    await expect(importer.mappingHeading).toHaveCount(0);
    await importer.expectAccessible('import with a file too large');
  });
});

test.describe('an office file as it comes', () => {
  test('Windows-1252 CSV with free-text types → value mapping → confirm → 23 imported, 2 set aside → set-aside CSV; French authorities become partners outside the territory', async ({
    page,
    axe,
    signInAs,
  }) => {
    test.setTimeout(150_000);
    const importer = await signInAs('editor', ActorsImportPage);
    const stamp = Date.now().toString(36);
    const rows = officeRows(stamp);
    // One row an officer mistyped: a one-letter name.
    rows[13]![0] = 'J';
    const text = officeCsvText(rows);
    const file: UploadFile = { name: 'acteurs-bureau.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeCsv(text, 'cp1252')) };

    await importer.goto(ws);
    await importer.analyse(file);
    // The file's own words, each with its count and suggestion; an authority in France is the person's call.
    const values = importer.valuesRegion;
    await expect(values.getByRole('row').filter({ hasText: importer.scoped('Collectivité partenaire', 'abroad') })).toContainText('7');
    await expect(importer.valueSelect(importer.scoped('Collectivité partenaire', 'abroad'))).toHaveValue('partner_authority');
    await expect(importer.valueSelect(importer.scoped('Collectivité territoriale', 'abroad'))).toHaveValue('partner_authority');
    await expect(importer.valueSelect('ONG')).toHaveCount(0);
    await expect(importer.valueSelect(importer.scoped('ONG', 'abroad'))).toHaveValue('partner_ngo');
    await expect(importer.valueSelect(importer.scoped('Collectivité territoriale', 'fr'))).toHaveValue('');
    await expect(importer.valueSelect('Bailleur UE')).toHaveValue('');
    await expect(importer.plan).toHaveText('21 lignes seront importées, 4 mises de côté.');
    await importer.expectAccessible('import: value mapping');

    // The two French authorities are outside the territory; "Bailleur UE" stays unmapped.
    await importer.valueSelect(importer.scoped('Collectivité territoriale', 'fr')).selectOption({ label: importer.t.actors.categories.french_authority });
    await expect(importer.plan).toHaveText('23 lignes seront importées, 2 mises de côté.');
    await expect(importer.asideRow(15)).toContainText('« J »');
    await expect(importer.asideRow(26)).toContainText('« Bailleur UE »');
    await expect(importer.asideRow(26)).toContainText(importer.t.actors.categories.funder_eu);

    // Nothing is written before the confirmation, which states the counts.
    const actors = new ActorsPage(page, axe);
    await importer.commitButton.click();
    await expect(importer.confirmGroup).toContainText('23 lignes seront importées, 2 mises de côté.');
    await importer.expectAccessible('import: confirmation');
    await importer.confirmGroup.getByRole('button', { name: importer.m.confirm, exact: true }).click();
    await expect(importer.doneRegion.getByRole('status')).toContainText('23 lignes importées, 2 mises de côté.');
    await expect(importer.page.getByRole('heading', { name: importer.m.done })).toBeFocused();
    await importer.expectAccessible('import: done with rows set aside');

    // The rows set aside download as a CSV with a reason column.
    const [download] = await Promise.all([page.waitForEvent('download'), importer.doneRegion.getByRole('button', { name: importer.m.downloadAside }).click()]);
    expect(download.suggestedFilename()).toBe('lignes-mises-de-cote-acteurs-bureau.csv');
    const aside = fs.readFileSync((await download.path())!).toString('utf-8');
    const lines = aside
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(`${OFFICE_HEADER.join(';')};${importer.m.asideReasonColumn}`);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^J;ONG;Sénégal;Kaolack;Partenaire local;.*« J »/);
    expect(lines[2]).toContain('« Bailleur UE »');

    // Relations between the actors just imported, by name, with the file's own words for the type.
    const relations = [
      ['De', 'Vers', 'Type de relation', 'Force', 'Début'],
      [`Comité de jumelage d'Argence ${stamp}`, `Commune de Ndiaffate ${stamp}`, 'Jumelage', '5', '01/03/2004'],
      [`Commune de Saint-Argence ${stamp}`, `Communauté de Goris ${stamp}`, 'Coopération décentralisée', '3', '2019'],
      [`Agence française de développement ${stamp}`, `Ville inconnue ${stamp}`, 'Financement', '2', ''],
    ];
    await importer.goto(ws);
    await page.getByRole('radio', { name: importer.m.kinds.relations }).check();
    await importer.analyse({
      name: 'relations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(encodeCsv(officeCsvText(relations.slice(1), relations[0]), 'cp1252')),
    });
    await expect(importer.valueSelect('Coopération décentralisée')).toHaveValue('partnership');
    await expect(importer.plan).toHaveText('2 lignes seront importées, 1 mise de côté.');
    await expect(importer.asideRow(4)).toContainText(`« Ville inconnue ${stamp} »`);
    await importer.commit('2 lignes seront importées, 1 mise de côté.');
    await expect(importer.doneRegion.getByRole('status')).toContainText('2 relations créées');

    // The French authority outside the territory is listed apart and offered as an action's partner.
    await actors.gotoTable(ws, `?family=national&q=${encodeURIComponent(stamp)}`);
    await expect(actors.rowLink(`Commune de Saint-Argence ${stamp}`)).toBeVisible();
    await expect(actors.rowLink(`Cités Unies France ${stamp}`)).toBeVisible();
    await expect(actors.rowLink(`Lycée Jean-Moulin ${stamp}`)).toHaveCount(0);
    const actions = new ExternalActionsPage(page, axe);
    await actions.openNewForm(ws);
    const partners = actions.group(actions.a.fields.partners);
    await expect(
      actions.select(actions.a.form.addPartner, partners).getByRole('option', { name: `Commune de Saint-Argence ${stamp}`, exact: true }),
    ).toHaveCount(1);
  });
});

test.describe('the value mapping in English', () => {
  test('an English reader maps the values of a file, in English and without axe violations; nothing is written before confirming', async ({
    page,
    axe,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const fr = await signInAs('editor', ActorsImportPage);
    await fr.goto(ws);
    await fr.shell.switchLanguage('en');
    try {
      const en = new ActorsImportPage(page, axe, 'en');
      const stamp = Date.now().toString(36);
      const text = ['Name;Type;Country', `Jappo NGO ${stamp};NGO;Senegal`, `Neighbouring county ${stamp};Local authority;France`].join('\r\n');
      await en.goto(ws);
      await en.analyse({ name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') });
      await expect(en.valuesRegion.getByRole('heading', { name: en.m.stepValues })).toBeVisible();
      await expect(en.valueSelect(en.scoped('NGO', 'abroad'))).toHaveValue('partner_ngo');
      await expect(en.valueSelect(en.scoped('Local authority', 'fr'))).toHaveValue('');
      await expect(en.plan).toHaveText('1 row will be imported, 1 set aside.');
      await expect(en.asideRow(3)).toContainText('“Local authority” is not in the list');
      await en.valueSelect(en.scoped('Local authority', 'fr')).selectOption({ label: en.t.actors.categories.french_authority });
      await expect(en.plan).toHaveText('2 rows will be imported, none set aside.');
      await en.expectAccessible('import value mapping in English');
      await en.commitButton.click();
      await expect(en.confirmGroup).toContainText(en.m.nothingWrittenYet);
      await en.expectAccessible('import confirmation in English');
      await en.confirmGroup.getByRole('button', { name: en.m.cancel, exact: true }).click();
      const actors = new ActorsPage(page, axe, 'en');
      await actors.gotoTable(ws, `?q=${stamp}`);
      await expect(actors.rowLink(`Jappo NGO ${stamp}`)).toHaveCount(0);
    } finally {
      const en = new ActorsImportPage(page, axe, 'en');
      await en.goto(ws);
      await en.shell.switchLanguage('fr');
    }
  });
});
