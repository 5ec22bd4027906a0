import fs from 'node:fs';
import { test, expect, DEMO } from './fixtures';
import { openPublicationAsAdmin } from './adoption';
import { MESSAGES } from './pages/base-page';

const slug = DEMO.workspace.slug;
const t = MESSAGES.fr.iati;

function expectNothingPersonal(text: string) {
  for (const account of Object.values(DEMO.accounts)) {
    expect(text).not.toContain(account.name);
    expect(text).not.toContain(account.email);
  }
  expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/);
}

test.describe('open data and IATI export', () => {
  test('a visitor downloads the published actions as CSV, JSON and IATI XML; nothing once unpublished', async ({ page, axe, signIn, browser }) => {
    test.setTimeout(180_000);
    const admin = await openPublicationAsAdmin(page, axe, signIn, slug);
    await admin.publish();

    const context = await browser.newContext({ locale: 'fr-FR' });
    const visitor = await context.newPage();
    await visitor.goto(`/p/${slug}`);
    await expect(visitor.getByRole('heading', { level: 2, name: t.openDataTitle })).toBeVisible();
    await axe(visitor, 'public page with open data');

    const download = async (name: string) => {
      const [file] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('link', { name, exact: true }).click()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
    };
    const csv = await download(t.openDataCsv);
    expect(csv.name).toBe(`${slug}-actions.csv`);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'identifier,title,description,axis,type,status,start_date,end_date,countries,dac_sector,dac_sector_name,sdgs,budget_total_eur,budget_by_year',
    );
    expect(csv.text).toContain('FR-SIRET-229990007-');
    const json = JSON.parse((await download(t.openDataJson)).text) as {
      dictionary: { column: string; description: { fr: string; en: string } }[];
      actions: unknown[];
    };
    expect(json.actions.length).toBeGreaterThan(3);
    expect(json.dictionary.find((d) => d.column === 'dac_sector')?.description.en).toMatch(/DAC/);
    const dictionary = await download(t.openDataDictionary);
    expect(dictionary.text).toContain('description_fr,description_en');
    const xml = await download(t.openDataIati);
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<iati-activities version="2.03"/);
    for (const text of [csv.text, JSON.stringify(json), dictionary.text, xml.text]) expectNothingPersonal(text);

    await admin.unpublish();
    for (const file of ['actions.csv', 'actions.json', 'dictionary.csv', 'iati.xml']) {
      expect((await visitor.request.get(`/p/${slug}/data/${file}`)).status(), file).toBe(404);
    }
    await context.close();
  });

  test('an officer exports the filtered register as IATI XML; a partner may not', async ({ page, axe, signIn, browser }) => {
    await signIn(page, DEMO.accounts.editor.email);
    await page.goto(`/${slug}/actions`);
    const form = page.getByRole('form', { name: t.exportTitle });
    await expect(form).toBeVisible();
    await form.getByLabel(t.status, { exact: true }).selectOption('running');
    await axe(page, 'register with the IATI export');
    const [file] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: t.exportButton }).click()]);
    expect(file.suggestedFilename()).toBe(`${slug}-iati.xml`);
    const xml = fs.readFileSync((await file.path())!, 'utf8');
    expect(xml).toContain('<iati-identifier>FR-SIRET-229990007-');
    const statuses = [...xml.matchAll(/<activity-status code="(\d)"\/>/g)].map((m) => m[1]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['2']));

    const context = await browser.newContext();
    const partner = await context.newPage();
    await signIn(partner, DEMO.accounts.partner.email);
    expect((await partner.request.get(`/api/workspaces/${slug}/iati.xml`)).status()).toBe(403);
    await context.close();
  });
});
