import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { DEMO, expect, test } from './fixtures';
import { DocumentPage } from './pages/document-page';
import { editorAddsSection } from './helpers/document';
import { ErrorPage } from './pages/error-page';

const ws = DEMO.workspace.slug;
const unique = () => Date.now().toString(36);

/**
 * A consistent copy of the e2e database (SQLite's online backup), for a second server: two servers
 * may not share one database file (the second refuses to start: docs/decisions/0012).
 */
async function copyOfE2eDatabase(): Promise<string> {
  const copy = path.join(process.env.FILROUGE_E2E_RUN_DIR!, `document-restart-${unique()}.db`);
  const source = new Database(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'), { readonly: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  return copy;
}

/** A second server process on a copy of the e2e database (the same command as playwright.config.ts's web server). */
async function startServer(port: number, databasePath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else',
      FILROUGE_DEMO: '1',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://localhost:${port}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('second server did not start');
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function pdfText(file: string) {
  const { text } = await extractText(new Uint8Array(fs.readFileSync(file)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** The DOCX body: its XML, and its text (runs joined, entities decoded). */
async function docxContent(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { xml, text };
}

test.describe('strategy document', () => {
  test('two people type in the same section at once and each sees both edits, with the other’s name', async ({ page, browser, axe, signIn }) => {
    test.setTimeout(90_000);
    const title = `Coopération culturelle ${unique()}`;
    const mehdi = await editorAddsSection(page, axe, signIn, title);

    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const other = await context.newPage();
    await signIn(other, DEMO.accounts.admin.email);
    const claire = new DocumentPage(other, axe);
    await claire.goto(ws);

    await mehdi.focusEnd(title);
    await claire.focusEnd(title);
    await Promise.all([page.keyboard.type('Mehdi écrit ici. ', { delay: 15 }), other.keyboard.type('Claire écrit là. ', { delay: 15 })]);
    for (const p of [mehdi, claire]) {
      await expect(p.editor(title)).toContainText('Mehdi écrit ici.');
      await expect(p.editor(title)).toContainText('Claire écrit là.');
    }
    // Each sees the other's caret and name.
    await expect(claire.section(title).locator('.collaboration-carets__label', { hasText: DEMO.accounts.editor.name })).toBeVisible();
    await expect(mehdi.section(title).locator('.collaboration-carets__label', { hasText: DEMO.accounts.admin.name })).toBeVisible();
    await expect(claire.section(title).getByText(mehdi.d.presence.replace('{names}', DEMO.accounts.editor.name))).toBeVisible();
    await mehdi.expectSaved(title);
    await claire.expectSaved(title);
    await axe(other, 'document with two writers');
    await context.close();

    // Both edits were stored: a fresh page (server-rendered from SQLite, then live) shows them.
    await page.reload();
    await expect(mehdi.section(title)).toContainText('Mehdi écrit ici.');
    await expect(mehdi.section(title)).toContainText('Claire écrit là.');
  });

  test('a section survives a server restart mid-edit, and edits made offline merge on reconnection', async ({ page, axe, signIn }) => {
    test.setTimeout(150_000);
    const port = Number(process.env.E2E_PORT ?? 3210) + 1;
    await signIn(page, DEMO.accounts.editor.email);
    const database = await copyOfE2eDatabase();
    let server = await startServer(port, database);
    try {
      const doc = new DocumentPage(page, axe);
      await page.goto(`http://localhost:${port}/${ws}/document`);
      await expect(doc.heading).toHaveText(doc.d.title);
      const title = `Jeunesse et mobilité ${unique()}`;
      await doc.addSection(title);
      await doc.focusEnd(title);
      await page.keyboard.type('Écrit avant le redémarrage.');
      await doc.expectSaved(title);

      // The server stops while the page stays open; the person keeps typing offline.
      await stopServer(server);
      await expect(doc.section(title).getByRole('status').filter({ hasText: doc.d.status.offline })).toBeVisible({ timeout: 15_000 });
      await page.keyboard.type(' Écrit hors ligne.');
      server = await startServer(port, database);
      // The provider reconnects with a growing delay; then the offline edit is sent and acknowledged.
      await doc.expectSaved(title, 60_000);

      await page.reload();
      await expect(doc.editor(title)).toContainText('Écrit avant le redémarrage. Écrit hors ligne.', { timeout: 15_000 });
      await doc.expectAccessible('document after a restart');
    } finally {
      await stopServer(server);
    }
  });

  test('save a version, change the text, compare and open the version read-only', async ({ page, signInAs }) => {
    test.setTimeout(90_000);
    const doc = await signInAs('editor', DocumentPage);
    await doc.gotoVersions(ws);
    // The demo's two versions are listed.
    await expect(page.getByRole('link', { name: doc.d.versions.openVersion.replace('{name}', 'Version pour le comité de pilotage') })).toBeVisible();
    const name = `Version e2e ${unique()}`;
    await doc.saveVersion(name, 'Avant la relecture des élus.');

    await doc.goto(ws);
    await doc.focusEnd('Évaluation');
    await page.keyboard.type(' Un rapport annuel sera publié.');
    await doc.expectSaved('Évaluation');

    await doc.gotoVersions(ws);
    await doc.compare(new RegExp(`^${name} — `), doc.d.versions.current);
    const evaluation = page.getByRole('region', { name: /^Évaluation/ });
    await expect(evaluation.locator('ins')).toContainText('Un rapport annuel sera publié.');
    await expect(evaluation.locator('ins').first()).toContainText(`[${doc.d.compare.inserted}]`);
    await expect(page.getByRole('table', { name: doc.d.compare.summaryCaption }).getByRole('row', { name: /Gouvernance/ })).toContainText(
      doc.d.compare.status.unchanged,
    );

    // The demo's two versions differ in the governance section, with deletions and additions.
    await doc.gotoVersions(ws);
    await doc.compare(/^Première version de travail — /, /^Version pour le comité de pilotage — /);
    await expect(
      page
        .getByRole('region', { name: /^Gouvernance/ })
        .locator('ins')
        .first(),
    ).toBeVisible();

    await doc.gotoVersions(ws);
    await page.getByRole('link', { name: doc.d.versions.openVersion.replace('{name}', name) }).click();
    await expect(doc.heading).toHaveText(name);
    await expect(page.getByText(/^Version en lecture seule/)).toBeVisible();
    await expect(doc.section('Évaluation')).not.toContainText('Un rapport annuel sera publié.');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await doc.expectAccessible('a saved version');
  });

  test('exports DOCX and PDF in English and French with the title, a section and a figure from the data', async ({ page, signInAs }, testInfo) => {
    test.setTimeout(120_000);
    const doc = await signInAs('editor', DocumentPage);
    await doc.goto(ws);
    // The figure shown on the page is the one every export must carry.
    const sentence = await doc
      .section('Le territoire et le monde')
      .getByText(/^La cartographie recense \d+ acteurs/)
      .textContent();
    const total = /recense (\d+) acteurs/.exec(sentence ?? '')![1]!;

    const docx = await doc.export('docx', 'en');
    const docxFile = testInfo.outputPath('document-en.docx');
    await docx.download.saveAs(docxFile);
    expect(docx.download.suggestedFilename()).toMatch(/^strategy-val-d-argence-.*\.docx$/);
    const { xml, text: words } = await docxContent(docxFile);
    expect(words).toContain(`International strategy — ${DEMO.workspace.name}`);
    expect(words).toContain('The territory and the world');
    expect(words).toContain(`The actors map lists ${total} actors`);
    expect(words).toContain('Nioro-Kaya (Sénégal)');
    // The appendices come from the actions register: the matrix and the consolidated budget.
    expect(words).toMatch(/\d+ external actions are recorded: \d+ linked to at least one of the authority's competences/);
    expect(words).toMatch(/Consolidated international budget over \d{4}–\d{4}: €[\d,]+/);
    // The common thread's axes, with an action placed on one and an indicator, come from the strategy module.
    expect(words).toContain('Axis 2: Eau et santé : une solidarité de compétences');
    expect(words).toContain('Actions of the axis “Eau et santé : une solidarité de compétences”');
    expect(words).toContain('Habitants de Tamboura ayant accès à l’eau potable');
    // The charts are embedded as images.
    expect(xml).toMatch(/<w:drawing>/);

    const pdf = await doc.export('pdf', 'fr');
    const pdfFile = testInfo.outputPath('document-fr.pdf');
    await pdf.download.saveAs(pdfFile);
    const text = await pdfText(pdfFile);
    expect(text).toContain('Stratégie internationale');
    expect(text).toContain('Le territoire et le monde');
    expect(text).toContain(`La cartographie recense ${total} acteurs`);
    expect(text).toContain('Gouvernance');
    expect(text).toMatch(/Budget international consolidé sur \d{4}–\d{4}/);
    expect(text).toContain('Axe 1 : Jeunesse et mobilité internationale');
    testInfo.annotations.push({ type: 'export times', description: `DOCX (en) ${docx.ms} ms, PDF (fr) ${pdf.ms} ms` });
    console.log(`[document exports] DOCX ${docx.ms} ms, PDF ${pdf.ms} ms`);

    // The printable page is the same document, in the browser.
    await page.goto(`/${ws}/document/print`);
    await expect(doc.heading).toHaveText(`Stratégie internationale — ${DEMO.workspace.name}`);
    await expect(page.getByRole('region', { name: 'Le territoire et le monde' })).toBeVisible();
    await doc.expectAccessible('printable document');
  });

  test('the outline reorders with the keyboard, keeping focus on the moved section', async ({ page, signInAs }) => {
    test.setTimeout(90_000);
    const doc = await signInAs('editor', DocumentPage);
    await doc.goto(ws);
    const before = await doc.outlineTitles();
    const index = before.indexOf('Partenariats');
    // The outline is a list of links until its controls are asked for.
    await expect(doc.moveButton('Partenariats', 'down')).toHaveCount(0);
    await doc.organiseOutline();
    const down = doc.moveButton('Partenariats', 'down');
    await doc['hydrated'](down);
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => doc.outlineTitles()).toEqual([...before.slice(0, index), before[index + 1]!, 'Partenariats', ...before.slice(index + 2)]);
    await expect(down).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `position ${index + 2}` })).toBeAttached();
    // Back up, still from the keyboard.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => doc.outlineTitles()).toEqual(before);
    // The move is announced once saved; then the order holds after a reload.
    await expect(page.getByRole('status').filter({ hasText: `position ${index + 1}` })).toBeAttached();
    await page.reload();
    await expect.poll(() => doc.outlineTitles()).toEqual(before);
    await doc.expectAccessible('outline after moves');

    // A written section is renamed in place; a too short title is refused with the field's message.
    const first = `Section à renommer ${unique()}`;
    const renamed = `Section renommée ${unique()}`;
    await doc.addSection(first);
    await doc.renameSection(first, 'x', doc.d.validation.titleLength);
    await doc.expectAccessible('outline with a refused title');
    await doc.renameSection(first, renamed);
    await expect(page.getByRole('status').filter({ hasText: doc.d.renamed.replace('{title}', renamed) })).toBeAttached();
    await page.reload();
    await expect.poll(() => doc.outlineTitles()).toContain(renamed);
    await expect(doc.section(renamed)).toBeVisible();
  });

  test('a manager gives a written section to a contributor from the section itself', async ({ page, axe, signIn }) => {
    const title = `Section à confier ${unique()}`;
    const doc = await editorAddsSection(page, axe, signIn, title);
    const section = doc.section(title);
    await expect(section).toContainText(doc.d.unassigned);
    // The choice opens on request, on the list of writers.
    const open = section.getByRole('button', { name: `${doc.d.assignOpen} — ${title}` });
    await open.click();
    const writer = section.getByRole('combobox', { name: `${doc.d.assignLabel} — ${title}` });
    await expect(writer).toBeFocused();
    await writer.selectOption({ label: `${DEMO.accounts.contributor.name} (${doc.t.roles.contributor})` });
    await doc.expectAccessible('assigning a section');
    await section.getByRole('button', { name: `${doc.d.assignSave} — ${title}` }).click();
    await expect(section.getByRole('status').filter({ hasText: doc.d.assignSaved })).toBeVisible();
    await expect(section).toContainText(doc.d.assignedTo.replace('{name}', DEMO.accounts.contributor.name));
    await expect(open).toBeFocused();
    await page.reload();
    await expect(doc.section(title)).toContainText(doc.d.assignedTo.replace('{name}', DEMO.accounts.contributor.name));
  });

  test('contributors write their own section, reviewers read, partners are refused', async ({ page, axe, signIn, signInAs }) => {
    // Three people sign in one after the other, each with live editors to wait for.
    test.setTimeout(150_000);
    const doc = await signInAs('contributor', DocumentPage);
    await doc.goto(ws);
    await doc.expectSaved('Partenariats');
    await expect(doc.editor('Partenariats')).toHaveAttribute('contenteditable', 'true');
    const partnerships = ((await doc.editor('Partenariats').textContent()) ?? '').slice(0, 40);
    expect(partnerships.length).toBeGreaterThan(10);
    // A section they do not write is its text, read only, without an editor (issue 24.4).
    const governance = doc.section('Gouvernance');
    await expect(governance).toContainText(doc.d.youRead);
    await expect(governance.locator('.ssr-text p').first()).toBeVisible();
    await expect(governance.getByRole('textbox')).toHaveCount(0);
    await expect(governance.locator('[contenteditable]')).toHaveCount(0);
    await expect(doc.outline.getByRole('button')).toHaveCount(0);

    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.reviewer.email);
    await doc.goto(ws);
    // A reviewer reads every section's text, and nothing on the page is editable.
    await expect(doc.section('Partenariats')).toContainText(partnerships);
    await expect(doc.section('Partenariats')).toContainText(doc.d.youRead);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.locator('[contenteditable]')).toHaveCount(0);
    await doc.gotoVersions(ws);
    await expect(page.getByRole('button', { name: doc.d.versions.save })).toHaveCount(0);

    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.partner.email);
    await page.goto(`/${ws}/document`);
    await new ErrorPage(page, axe).expectForbidden();
    const exported = await page.request.get(`/api/workspaces/${ws}/document/export?format=pdf&lang=fr`);
    expect(exported.status()).toBe(403);
  });
});
