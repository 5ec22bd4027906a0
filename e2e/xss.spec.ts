import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';
import { ActorsPage } from './pages/actors-page';
import { ActorsImportPage } from './pages/actors-import-page';
import { CensusPage } from './pages/census-page';
import { DocumentPage } from './pages/document-page';
import { PublicCensusPage } from './pages/public-census-page';
import { MESSAGES } from './pages/base-page';
import { FORMULA_PAYLOADS, XSS_CORPUS, payload } from '../lib/test/xss-corpus';

/**
 * The XSS corpus (lib/test/xss-corpus.ts) in every free-text field, in rich text and in an imported
 * file, then every view and export: no script runs (the fixture fails on any dialog, script error
 * or CSP refusal, and every payload would set window.__xss) and the text is shown as text.
 * Bulk fields are written straight into this run's database (the demo's rows, so every view has
 * them); a representative set goes through the forms, the live editor, the public census and the
 * CSV import. Runs last (alphabetical order): the demo it leaves behind is full of payloads.
 */

const ws = DEMO.workspace.slug;
const databaseFile = () => path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db');

type Seeded = {
  partnershipId: string | null;
  actorId: string;
  actorCity: string;
  vision: string;
  axisId: string | null;
  actionId: string | null;
  actionDescription: string;
  diagnosticId: string | null;
  indicatorId: string | null;
  fields: number;
};

/** Writes payloads into the demo's free-text columns (every row of the demo workspace). */
function seedPayloads(): Seeded {
  const db = new Database(databaseFile());
  db.pragma('busy_timeout = 10000');
  const wsId = db.prepare('select id from workspaces where slug = ?').pluck().get(ws) as string;
  const columnsOf = (table: string) => new Set((db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((c) => c.name));
  let n = 0;
  let fields = 0;
  /** Sets (or appends to) each column of every row of `table` in the workspace, a different payload per row and column. */
  const stamp = (table: string, columns: Record<string, 'set' | 'append' | 'json'>, scope = 'workspace_id = ?') => {
    const existing = columnsOf(table);
    const cols = Object.entries(columns).filter(([c]) => existing.has(c));
    if (!existing.size || cols.length === 0) return;
    const rows = db.prepare(`select rowid as r from "${table}" where ${scope}`).all(wsId) as { r: number }[];
    for (const { r } of rows) {
      for (const [col, how] of cols) {
        const p = payload(n++);
        const sql =
          how === 'append'
            ? `update "${table}" set "${col}" = "${col}" || ' ' || ? where rowid = ? and "${col}" is not null`
            : `update "${table}" set "${col}" = ? where rowid = ?`;
        db.prepare(sql).run(how === 'json' ? JSON.stringify([p]) : p, r);
        fields++;
      }
    }
  };
  db.transaction(() => {
    stamp('actors', { name: 'append', portfolio: 'set', city: 'set', links: 'set', contact_name: 'set', contact_role: 'set', themes: 'json', tags: 'json' });
    stamp('actor_relations', { notes: 'set' });
    stamp('external_actions', { title: 'append', description: 'set' });
    stamp('expected_returns', { description: 'set', indicator: 'set', target: 'set' }, 'action_id in (select id from external_actions where workspace_id = ?)');
    stamp('observed_returns', { description: 'set', evidence: 'set' }, 'action_id in (select id from external_actions where workspace_id = ?)');
    stamp('departments', { name: 'append', description: 'set' });
    stamp('department_budget_lines', { label: 'set' }, 'department_id in (select id from departments where workspace_id = ?)');
    stamp('custom_competencies', { title: 'append', note: 'set', reference: 'set' });
    stamp('diagnostics', { title: 'append' });
    stamp('diagnostic_answers', { evidence: 'set' }, 'diagnostic_id in (select id from diagnostics where workspace_id = ?)');
    stamp('diagnostic_follow_ups', { title: 'append' });
    stamp('strategies', { vision: 'set', thread: 'set', principles: 'json' });
    stamp('strategy_axes', { title: 'append', objectives: 'json' });
    stamp('strategy_action_placements', { outside_reason: 'append', proposal_note: 'append' });
    stamp('strategy_indicators', { name: 'append' });
    stamp('document_sections', { title: 'append' });
    stamp('census_links', { title: 'append' });
    stamp('partnerships', { title: 'append' });
    stamp('partnership_contributions', { text: 'set' });
    stamp('partnership_contacts', { name: 'set', role: 'set' });
    stamp('partnership_exchanges', { summary: 'set' });
    stamp('partnership_comments', { body: 'set' });
    const responses = db.prepare('select rowid as r from census_responses where workspace_id = ?').all(wsId) as { r: number }[];
    for (const { r } of responses) {
      db.prepare("update census_responses set payload = json_set(payload, '$.organisation', ?, '$.description', ?, '$.city', ?) where rowid = ?").run(
        payload(n++),
        payload(n++),
        payload(n++),
        r,
      );
      fields += 3;
    }
  })();
  const one = (sql: string) => (db.prepare(sql).get(wsId) as Record<string, string> | undefined) ?? null;
  const actor = one('select id, city from actors where workspace_id = ? order by name limit 1')!;
  const strategy = one('select vision from strategies where workspace_id = ?');
  const action = one('select id, description from external_actions where workspace_id = ? and description is not null limit 1');
  const partnership = one('select id from partnerships where workspace_id = ? limit 1');
  const seeded: Seeded = {
    partnershipId: partnership?.id ?? null,
    actorId: actor.id!,
    actorCity: actor.city!,
    vision: strategy?.vision ?? '',
    axisId: one('select id from strategy_axes where workspace_id = ? limit 1')?.id ?? null,
    actionId: action?.id ?? null,
    actionDescription: action?.description ?? '',
    diagnosticId: one('select id from diagnostics where workspace_id = ? limit 1')?.id ?? null,
    indicatorId: one('select id from strategy_indicators where workspace_id = ? limit 1')?.id ?? null,
    fields,
  };
  db.close();
  return seeded;
}

/** No payload ran on this page, and it still renders its heading. */
async function expectInert(page: Page, where: string) {
  await expect(page.getByRole('heading', { level: 1 }), where).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `a payload ran on ${where}`).toBeUndefined();
}

/** A cell a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

test.describe('XSS corpus in every field, view and export', () => {
  test.describe.configure({ mode: 'serial' });
  let seeded: Seeded;

  test.beforeAll(() => {
    seeded = seedPayloads();
    console.log(`[xss] ${XSS_CORPUS.length} payloads written into ${seeded.fields} free-text fields of the demo`);
  });

  test('typed into the forms, the live editor, the public census and a CSV import: kept as text', async ({ page, axe, signIn, browser }) => {
    test.setTimeout(150_000);
    await signIn(page, DEMO.accounts.editor.email);

    // An actor typed in the form.
    const actors = new ActorsPage(page, axe);
    const actorName = `Acteur ${payload(1)}`;
    await actors.openNewForm(ws);
    await actors.fillActor({ name: actorName, category: 'Association ou ONG', city: payload(0), contactName: payload(6) });
    await actors.submitNew();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(actorName);
    await expect(page.getByText(payload(0)).first()).toBeVisible();
    await expectInert(page, 'new actor record');

    // The graph's details panel shows the name as text.
    await page.goto(`/${ws}/actors/graph`);
    await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await page.getByLabel(actors.t.actors.graph.find).fill(actorName);
    await page.getByLabel(actors.t.actors.graph.find).press('Enter');
    await expect(page.getByRole('complementary', { name: actors.t.actors.graph.selected }).getByText(actorName)).toBeVisible();
    await expectInert(page, 'actors graph');

    // Rich text: typed into a collaborative section, saved, read back as text.
    const doc = new DocumentPage(page, axe);
    await doc.goto(ws);
    // A section titled with a payload, and the payloads typed into its live editor.
    const section = `Section ${payload(7)}`;
    await doc.addSection(section);
    const richText = `${payload(0)} ${payload(2)} ${payload(11)}`;
    await doc.focusEnd(section);
    await page.keyboard.type(richText);
    await doc.expectSaved(section);
    await page.reload();
    await expect(doc.editor(section)).toContainText(payload(0));
    await expect(doc.editor(section).locator('script, img, svg, iframe')).toHaveCount(0);
    await expectInert(page, 'document with typed markup');

    // A saved version named with a payload (versions are immutable in the database: saved through the page).
    await doc.gotoVersions(ws);
    await doc.saveVersion(`Version ${payload(5)}`, payload(8));
    await expectInert(page, 'versions');

    // The public census form, answered by a stranger.
    const census = new CensusPage(page, axe);
    await census.goto(ws);
    const organisation = `Org ${payload(6)}`;
    const url = await census.createLink(`Recensement ${payload(4)}`);
    const visitor = await browser.newContext({ locale: 'fr-FR' });
    try {
      const publicPage = new PublicCensusPage(await visitor.newPage(), axe);
      await publicPage.goto(url);
      await publicPage.fillOrganisation({ organisation, category: 'Structure culturelle', city: payload(9) });
      await publicPage.fillContact({ name: payload(7), email: 'xss@example.org' });
      await publicPage.fillLink(1, { country: 'Mali', partner: payload(3), kind: 'Partenariat', frequency: 'Plusieurs fois par an', potential: payload(10) });
      await publicPage.consent.check();
      await publicPage.submitButton.click();
      await expect(publicPage.thanks).toBeVisible();
      expect(await publicPage.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    } finally {
      await visitor.close();
    }
    await census.goto(ws);
    await expect(census.answer(organisation)).toBeVisible();
    await expectInert(page, 'census answers');

    // A CSV import whose cells are payloads, formulas included.
    const importer = new ActorsImportPage(page, axe);
    const header = ['Nom', 'Catégorie', 'Ville', 'Étiquettes', 'Nom du contact'];
    const rows = XSS_CORPUS.slice(0, 8).map((p, i) => [`Import ${i} ${p.text}`, 'Association ou ONG', payload(i + 3), 'xss-import', payload(i + 12)]);
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const text = '\uFEFF' + [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
    await importer.goto(ws);
    await importer.analyse({ name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') });
    await expect(importer.asideTable).toHaveCount(0);
    await importer.commit();
    await expect(importer.doneRegion.getByRole('status')).toContainText(`${rows.length} acteurs créés`);
    await actors.gotoTable(ws, '?tag=xss-import');
    await expect(actors.rowLink(rows[1]![0]!)).toBeVisible();
    await expectInert(page, 'imported actors');
  });

  test('every view renders the payloads as text, and nothing runs', async ({ page, signIn }) => {
    test.setTimeout(150_000);
    await signIn(page, DEMO.accounts.admin.email);
    const views = [
      '',
      'actors',
      `actors/${seeded.actorId}`,
      'actors/grid',
      'actors/map',
      'actors/census',
      'actions',
      'actions/matrix',
      'actions/budget',
      'actions/returns',
      'actions/blind-spots',
      'actions/departments',
      'actions/competencies',
      seeded.actionId ? `actions/${seeded.actionId}` : null,
      'strategy',
      'strategy/map',
      'strategy/placements',
      seeded.axisId ? `strategy/axes/${seeded.axisId}` : null,
      seeded.indicatorId ? `strategy/indicators/${seeded.indicatorId}` : null,
      'diagnostic',
      seeded.diagnosticId ? `diagnostic/${seeded.diagnosticId}` : null,
      seeded.diagnosticId ? `diagnostic/${seeded.diagnosticId}/results` : null,
      'document',
      'document/print',
      'document/versions',
      'document/review',
      'dashboard',
      'dashboard/publication',
      'notifications',
      'partnerships',
      seeded.partnershipId ? `partnerships/${seeded.partnershipId}` : null,
      'audit',
      'members',
      'settings',
    ].filter((v): v is string => v !== null);
    for (const view of views) {
      const response = await page.goto(`/${ws}/${view}`);
      expect(response?.status(), view).toBeLessThan(400);
      await expectInert(page, view);
    }
    console.log(
      `[xss] ${views.length + 2} views (with the graph panel and a version comparison) rendered the seeded and typed payloads: no script ran, no dialog opened`,
    );
    // Literally visible where they were written.
    await page.goto(`/${ws}/actors/${seeded.actorId}`);
    await expect(page.getByText(seeded.actorCity).filter({ visible: true }).first()).toBeVisible();
    await page.goto(`/${ws}/strategy`);
    if (seeded.vision) await expect(page.getByText(seeded.vision).filter({ visible: true }).first()).toBeVisible();
    if (seeded.actionId) {
      await page.goto(`/${ws}/actions/${seeded.actionId}`);
      await expect(page.getByText(seeded.actionDescription).filter({ visible: true }).first()).toBeVisible();
    }
    // The graph and the comparison of the demo's two versions with the current text.
    await page.goto(`/${ws}/actors/graph`);
    await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await expectInert(page, 'actors graph');
    await page.goto(`/${ws}/document/versions`);
    const d = MESSAGES.fr.document;
    const versions = page.getByRole('combobox', { name: d.versions.from });
    const first = (await versions.getByRole('option').allTextContents())[0];
    if (first) {
      await versions.selectOption({ label: first });
      await page.getByRole('button', { name: d.versions.compare }).click();
      await expectInert(page, 'version comparison');
      await expect(page.locator('main script, main img[onerror], main svg[onload]')).toHaveCount(0);
    }
  });

  test('exports: the DOCX holds escaped text, the PDF renders, actor CSV and XLSX neutralise formulas', async ({ page, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.admin.email);

    const docx = await page.request.get(`/api/workspaces/${ws}/document/export?format=docx&lang=fr`);
    expect(docx.status()).toBe(200);
    const zip = await JSZip.loadAsync(await docx.body());
    const xml = await zip.file('word/document.xml')!.async('string');
    // Typed and seeded markup is there as escaped text, never as markup.
    expect(xml).toMatch(/&lt;script(&gt;|>)window\.__xss=1/);
    expect(xml).not.toMatch(/<(script|img|svg|iframe)\b/i);

    const pdf = await page.request.get(`/api/workspaces/${ws}/document/export?format=pdf&lang=fr`, { timeout: 60_000 });
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const csv = await page.request.get(`/api/workspaces/${ws}/actors/export?format=csv`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf-8').replace(/^\uFEFF/, '');
    const cells = [...text.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;\r\n]*)/gm)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
    const formulaCells = cells.filter((c) => FORMULA.test(c));
    expect(formulaCells, 'CSV cells a spreadsheet would run').toEqual([]);
    for (const p of FORMULA_PAYLOADS) expect(text).toContain(`'${p.text.replaceAll('"', '""')}`);

    const xlsx = await page.request.get(`/api/workspaces/${ws}/actors/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const risky: string[] = [];
    let formulaCount = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulaCount++;
          if (typeof cell.value === 'string' && FORMULA.test(cell.value)) risky.push(cell.value);
        }),
      ),
    );
    expect(formulaCount, 'XLSX formula cells').toBe(0);
    expect(risky, 'XLSX cells a spreadsheet would run').toEqual([]);
    console.log(
      `[xss] exports: DOCX text escaped, PDF rendered, ${cells.length} CSV cells and the XLSX sheet hold no formula (${FORMULA_PAYLOADS.length} formula payloads neutralised)`,
    );
  });
});
