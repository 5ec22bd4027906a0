import fs from 'node:fs';
import JSZip from 'jszip';
import { DEMO, expect, test } from './fixtures';
import { DocumentPage } from './pages/document-page';
import { MESSAGES } from './pages/base-page';

/**
 * Issue 21.4: an admin opens last year's evaluation from the strategy's navigation, writes in a
 * chapter live, freezes a version and exports the evaluation in English as DOCX.
 */

const ws = DEMO.workspace.slug;
const YEAR = new Date().getUTCFullYear() - 1;
const fr = MESSAGES.fr.evaluation;
const en = MESSAGES.en.evaluation;

test('an admin opens the year’s evaluation, writes in a chapter, freezes a version and exports it as DOCX in English', async ({ page, axe, signIn }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.accounts.admin.email);
  // Reached from the strategy's navigation.
  await page.goto(`/${ws}/strategy`);
  await page.getByRole('navigation', { name: MESSAGES.fr.strategy.tabs.label }).getByRole('link', { name: MESSAGES.fr.strategy.tabs.evaluation }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await axe(page, 'evaluations');
  await page.getByRole('link', { name: fr.yearTitle.replace('{year}', String(YEAR)) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.yearTitle.replace('{year}', String(YEAR)));

  // The data chapters are captioned tables; the seeded summary is there.
  await expect(page.getByRole('table', { name: fr.tables.indicators })).toBeVisible();
  await expect(page.getByRole('table', { name: fr.tables.budget })).toBeVisible();
  await expect(page.getByRole('region', { name: fr.chapters.summary, exact: true })).toContainText('Nioro-Kaya');

  // Writing in the lessons chapter, through the collaboration server.
  const doc = new DocumentPage(page, axe);
  const lessons = `Leçon ${Math.random().toString(36).slice(2, 8)}`;
  const region = page.getByRole('region', { name: fr.chapters.lessons, exact: true });
  const editor = region.getByRole('textbox', { name: doc.d.editorLabel.replace('{title}', fr.chapters.lessons), exact: true });
  await expect(region.getByRole('status').filter({ hasText: doc.d.status.connected })).toBeVisible({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.type(lessons);
  await expect(editor).toContainText(lessons);
  await expect(region.getByRole('status').filter({ hasText: doc.d.status.connected })).toBeVisible({ timeout: 15_000 });
  await axe(page, 'evaluation of the year');

  // A frozen version keeps what was written.
  await page.getByRole('button', { name: fr.freeze }).click();
  await expect(page.getByRole('status').filter({ hasText: fr.frozen.replace('{number}', '1') })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^Version 1 — `) }).click();
  await expect(page.getByRole('region', { name: fr.chapters.lessons, exact: true })).toContainText(lessons);

  // The English DOCX of that version: English titles, the text as written.
  const english = new Intl.DisplayNames(['fr'], { type: 'language' }).of('en')!;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: fr.exportDocx.replace('{language}', english) }).click()]);
  expect(download.suggestedFilename()).toBe(`evaluation-${ws}-${YEAR}-en.docx`);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(xml).toContain(lessons);
  expect(xml).toContain(en.chapters.lessons);
  expect(xml).toContain(en.chapters.indicators);
  expect(xml).toContain(en.tables.budget);
});
