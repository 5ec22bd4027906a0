import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { DEMO, expect, test } from './fixtures';
import { MESSAGES } from './pages/base-page';

const ws = DEMO.workspace.slug;
const t = MESSAGES.fr.declaration;
const tabs = MESSAGES.fr.externalActions.tabs;
const SCHOLARSHIPS = 'Bourses de mobilité internationale des jeunes';
const STUDENTS = 'Étudiants originaires des pays éligibles';
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

test.describe('the yearly declaration of development assistance', () => {
  test('an officer sees what is missing, completes it, freezes this year and downloads it; last year stays declared', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    const year = new Date().getFullYear();
    await signIn(page, DEMO.accounts.editor.email);

    // From the consolidated budget, the declaration's tab.
    await page.goto(`/${ws}/actions/budget`);
    await page.getByRole('link', { name: tabs.declaration }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    await expect(page.getByLabel(t.yearLabel)).toHaveValue(String(year));
    await expect(page.getByTestId('declaration-status')).toContainText(t.draftStatus);
    await axe(page, 'declaration, this year, not declared');

    // What is missing: the scholarships have no category; twinnings in Europe are left out.
    const missing = page.getByRole('table', { name: t.missingCaption });
    await expect(missing.getByRole('row').filter({ hasText: SCHOLARSHIPS })).toContainText(t.reasonNoCategory);
    await expect(page.getByRole('table', { name: t.excludedCaption })).toContainText('Allemagne');

    // Freezing now is refused with a clear message, nothing frozen.
    await page.getByRole('button', { name: fill(t.freeze, { year }) }).click();
    await expect(page.locator('[data-form-error]')).toHaveText(t.errors.declarationIncomplete);
    await expect(page.getByTestId('declaration-status')).toContainText(t.draftStatus);

    // The officer chooses the category; nothing is missing any more.
    await page.getByLabel(fill(t.categoryFor, { title: SCHOLARSHIPS })).selectOption({ label: STUDENTS });
    await expect(page.getByText(t.missingNone)).toBeVisible();
    await expect(page.getByRole('table', { name: t.byCategoryCaption }).getByRole('row').filter({ hasText: STUDENTS })).not.toContainText(/^0,00/);

    // Confirm and freeze.
    await page.getByRole('button', { name: fill(t.freeze, { year }) }).click();
    await expect(page.getByTestId('declaration-status')).toContainText(fill(t.frozenStatus, { version: 1, date: '' }).split(',')[0]!);
    await expect(page.getByRole('button', { name: fill(t.freeze, { year }) })).toHaveCount(0);
    await axe(page, 'declaration, this year, frozen');

    // The XLSX follows the form's order and adds up.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: t.download }).click()]);
    expect(download.suggestedFilename()).toBe(`${t.export.fileName}-${year}-v1.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const summary = book.getWorksheet(t.export.sheetSummary)!;
    expect(summary.getCell('A1').value).toBe(fill(t.export.heading, { year }));
    const header = summary.getColumn(1).values.findIndex((v) => v === t.category);
    const categories = summary.getColumn(1).values.slice(header + 1, header + 9);
    expect(categories[0]).toBe('Projets de coopération décentralisée');
    expect(categories[5]).toBe(STUDENTS);
    expect(categories[7]).toBe('Contributions multilatérales');
    const amounts = summary.getColumn(2).values.slice(header + 1, header + 9) as number[];
    const total = summary.getCell(`B${header + 9}`).value as number;
    expect(Math.round(amounts.reduce((s, v) => s + v, 0) * 100)).toBe(Math.round(total * 100));
    expect(total).toBeGreaterThan(0);

    // The printable summary.
    await page.getByRole('link', { name: t.print }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(t.export.heading, { year }));
    await expect(page.getByRole('table', { name: t.byCategoryCaption })).toContainText(STUDENTS);
    await axe(page, 'declaration, printable summary');

    // Last year was declared in the demo: frozen, version 1.
    await page.goto(`/${ws}/actions/declaration?year=${year - 1}`);
    await expect(page.getByTestId('declaration-status')).toContainText(fill(t.frozenStatus, { version: 1, date: '' }).split(',')[0]!);
    await expect(page.getByRole('heading', { name: t.versionsTitle })).toBeVisible();
  });
});
