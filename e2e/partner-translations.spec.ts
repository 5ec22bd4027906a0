import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';
import { MESSAGES } from './pages/base-page';
import { AppShell } from './pages/app-shell';
import { DashboardPage, DASHBOARD_BLOCKS } from './pages/dashboard-page';
import { addPartnerEntryInEnglish } from './helpers/reciprocity';

/**
 * Issue 17, point 6: the partnership space's own texts are translatable like shared sections. The
 * partner reads in English, the team in French; each reads the other's words in their language
 * when a translation follows them, or the original marked with its `lang` and a note saying none
 * does. And point 5's empty dashboard: every block without data says what to do next, with a link.
 */

const ws = DEMO.workspace.slug;
const fr = MESSAGES.fr;
const en = MESSAGES.en;
const HOST_ENTRY = "L'expertise des puéricultrices et sages-femmes de la PMI départementale pour le suivi des grossesses et des jeunes enfants.";
const HOST_ENTRY_EN = 'The expertise of the departmental maternal and child health nurses and midwives in following pregnancies and young children.';
const OBJECTIVES_FR = "Que chaque mère et chaque jeune enfant de Nioro-Kaya soit suivi par un poste de santé bien équipé d'ici 2030";
const OBJECTIVES_EN =
  'That every mother and young child in Nioro-Kaya is followed by a well-equipped health post by 2030, and that young people of both territories get to know each other.';
const PARTNER_ENTRY = `Our town hall staff will host two exchange students every year (${Date.now().toString(36)}).`;
let partnershipId: string;

test.beforeAll(() => {
  partnershipId = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db')).partnerPartnership;
});

const note = (scope: Locator, text: string) => scope.locator('.translation-note', { hasText: text });

/** Opens a text's translation tools and saves its translation into the form's default language. */
async function translate(scope: Locator, page: Page, text: string) {
  const summary = scope.locator('summary', { hasText: en.partnerships.entryTranslation.translate }).first();
  await summary.click();
  const field = scope.getByRole('textbox', { name: en.partnerships.entryTranslation.text, exact: true });
  await expect.poll(() => field.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
  await expect(scope.getByRole('combobox', { name: en.partnerships.entryTranslation.language })).toHaveValue('en');
  await field.fill(text);
  await expect(field).toHaveAttribute('lang', 'en');
  await scope.getByRole('button', { name: en.partnerships.entryTranslation.save }).click();
  await expect(scope.getByRole('status')).toHaveText(en.partnerships.entryTranslation.saved);
  await page.waitForLoadState('networkidle');
}

test('the partner translates the team’s French texts into English and writes in English; each side reads the other in its language, marked', async ({
  page,
  signIn,
  axe,
}) => {
  test.setTimeout(180_000);
  const url = `/${ws}/partnerships/${partnershipId}`;
  await signIn(page, DEMO.accounts.partner.email);
  await page.goto(url);
  await new AppShell(page, axe).switchLanguage('en');
  const shellEn = new AppShell(page, axe, 'en');
  try {
    // Untranslated French on the English page: marked lang="fr", with a note.
    const objectives = page.getByRole('region', { name: en.partnerships.objectives, exact: true });
    await expect(note(objectives, en.partnerships.entryTranslation.missing.replace('{language}', 'English'))).toBeVisible();
    await expect(objectives.locator('[lang="fr"]', { hasText: OBJECTIVES_FR }).first()).toBeVisible();
    const reciprocity = page.getByRole('region', { name: en.partnerships.reciprocity, exact: true });
    const hostEntry = reciprocity.getByRole('listitem').filter({ hasText: HOST_ENTRY });
    await expect(hostEntry.locator('span[lang="fr"]', { hasText: HOST_ENTRY })).toBeVisible();
    await expect(note(hostEntry, en.partnerships.entryTranslation.missing.replace('{language}', 'English'))).toBeVisible();
    await axe(page, 'partnership space in English, untranslated');

    // The partner writes the English translations: they now read as translations from French.
    await translate(objectives, page, OBJECTIVES_EN);
    await expect(objectives.locator('.translatable-text')).toHaveText(OBJECTIVES_EN);
    await expect(note(objectives, en.partnerships.entryTranslation.translation.replace('{language}', 'French'))).toBeVisible();
    await translate(hostEntry, page, HOST_ENTRY_EN);
    const translated = reciprocity.getByRole('listitem').filter({ hasText: HOST_ENTRY_EN });
    await expect(translated.locator('.translatable-text')).toHaveText(HOST_ENTRY_EN);
    await expect(translated.locator('.translatable-text')).not.toHaveAttribute('lang', /.*/);
    await expect(note(translated, en.partnerships.entryTranslation.translation.replace('{language}', 'French'))).toBeVisible();

    // And writes an entry of their own in English (the language offered first is the page's).
    await addPartnerEntryInEnglish(reciprocity, 'brings', PARTNER_ENTRY);
    await expect(reciprocity.getByRole('listitem').filter({ hasText: PARTNER_ENTRY })).toBeVisible();
    await axe(page, 'partnership space in English, translated');
  } finally {
    await shellEn.switchLanguage('fr');
    await page.waitForLoadState('networkidle');
  }

  // The team, in French: its own texts as written, the partner's English entry marked lang="en".
  await page.context().clearCookies();
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(url);
  const reciprocity = page.getByRole('region', { name: fr.partnerships.reciprocity, exact: true });
  const hostEntry = reciprocity.getByRole('listitem').filter({ hasText: HOST_ENTRY });
  await expect(hostEntry.locator('.translatable-text')).toHaveText(HOST_ENTRY);
  await expect(hostEntry.locator('.translation-note')).toHaveCount(0);
  await hostEntry.locator('summary', { hasText: fr.partnerships.entryTranslation.translate }).click();
  await expect(
    hostEntry.locator('.translation-list li', { hasText: `Anglais · ${fr.partnerships.entryTranslation.upToDate}` }).locator('[lang="en"]'),
  ).toHaveText(HOST_ENTRY_EN);
  const partnerEntry = reciprocity.getByRole('listitem').filter({ hasText: PARTNER_ENTRY });
  await expect(partnerEntry.locator('span[lang="en"]', { hasText: PARTNER_ENTRY })).toBeVisible();
  await expect(note(partnerEntry, fr.partnerships.entryTranslation.missing.replace('{language}', 'français'))).toBeVisible();
  await axe(page, 'partnership space in French, with an English entry');

  // The team in English: the objectives read as the partner's translation, marked as one.
  await new AppShell(page, axe).switchLanguage('en');
  try {
    const objectives = page.getByRole('region', { name: en.partnerships.objectives, exact: true });
    await expect(objectives.locator('.translatable-text')).toHaveText(OBJECTIVES_EN);
    await expect(note(objectives, en.partnerships.entryTranslation.translation.replace('{language}', 'French'))).toBeVisible();
    await expect(page.getByRole('region', { name: en.partnerships.reciprocity, exact: true }).locator('span[lang]', { hasText: PARTNER_ENTRY })).toHaveCount(0);
    await axe(page, 'partnership space in English, as the team');
  } finally {
    await new AppShell(page, axe, 'en').switchLanguage('fr');
  }
});

test('an empty dashboard: every block says what to do next with a link, no map or table of zeros, in French and English', async ({ page, signIn, axe }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.accounts.admin.email);
  const stamp = Date.now().toString(36);
  const slug = `tableau-vide-${stamp}`;
  await page.goto('/workspaces/new');
  const create = page.getByRole('button', { name: "Créer l'espace" });
  await expect(create).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom de la collectivité' }).fill(`Commune sans données ${stamp}`);
  await page.getByRole('textbox', { name: "Identifiant d'adresse" }).fill(slug);
  await page.getByRole('combobox', { name: 'Niveau' }).selectOption('commune');
  await page.getByRole('combobox', { name: 'Pays' }).selectOption('FR');
  await create.click();
  await page.waitForURL(new RegExp(`/${slug}$`));

  const links = {
    review: ['reviewLink', `/${slug}/document`],
    maturity: ['maturityLink', `/${slug}/diagnostic`],
    coherence: ['strategyLink', `/${slug}/strategy`],
    overdue: ['strategyLink', `/${slug}/strategy`],
    actionsByAxis: ['actionsLink', `/${slug}/actions`],
    budget: ['budgetLink', `/${slug}/actions/budget`],
    returns: ['returnsLink', `/${slug}/actions/returns`],
    map: ['mapLink', `/${slug}/actors`],
  } as const;
  const shell = new AppShell(page, axe);
  for (const locale of ['fr', 'en'] as const) {
    const dashboard = new DashboardPage(page, axe, locale);
    if (locale === 'en') await shell.switchLanguage('en');
    await dashboard.goto(slug);
    for (const [, key] of DASHBOARD_BLOCKS) {
      const block = dashboard.block(key);
      const [label, href] = links[key];
      await expect(block.locator('[data-empty="true"]'), `${key} (${locale})`).toBeVisible();
      await expect(block.locator('[data-empty="true"]').getByRole('link', { name: dashboard.d.empty[label], exact: true })).toHaveAttribute('href', href);
    }
    // No figure drawn from nothing: no map, no table, no bar.
    await expect(page.locator('.dash-map, .dash-table, .dash-meter, .dash-stack')).toHaveCount(0);
    await expect(dashboard.block('map')).toContainText(dashboard.d.empty.mapNoActor);
    await expect(dashboard.block('overdue')).toContainText(dashboard.d.empty.indicators);
    await axe(page, `empty dashboard (${locale})`);
  }
  await new AppShell(page, axe, 'en').switchLanguage('fr');
});
