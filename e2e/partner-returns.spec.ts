import path from 'node:path';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';
import { MESSAGES } from './pages/base-page';
import { AppShell } from './pages/app-shell';
import { StrategyPage } from './pages/strategy-page';
import { addInEnglish, kindBlock, openEntryForm } from './helpers/reciprocity';

/**
 * Issue 21, point 3: returns recorded by partners. The partner records, in English, a return
 * observed on its side; the French officer reads it in the reciprocity view, in the partner's
 * column under "observed", marked as English; the other partnership (Tamboura) holds its partner's
 * returns too, so no partnership is one-way for lack of the partner's voice.
 * docs/decisions/0030-returns-recorded-by-partners.md.
 */

const ws = DEMO.workspace.slug;
const fr = MESSAGES.fr;
const en = MESSAGES.en;
const OBSERVED = `Forty young people of Nioro-Kaya trained as community health workers this year (${Date.now().toString(36)}).`;
let partnershipId: string;
let otherPartnershipId: string;

test.beforeAll(() => {
  const ids = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
  partnershipId = ids.partnerPartnership;
  otherPartnershipId = ids.otherPartnership;
});

/** The block of one kind (brings, expects, observed) inside a side's column. */

test('a partner records an observed return on their side in English; the French officer sees it beside the team’s side', async ({ page, signIn, axe }) => {
  test.setTimeout(180_000);
  const url = `/${ws}/partnerships/${partnershipId}`;
  await signIn(page, DEMO.accounts.partner.email);
  await page.goto(url);
  await new AppShell(page, axe).switchLanguage('en');
  try {
    const reciprocity = page.getByRole('region', { name: en.partnerships.reciprocity, exact: true });
    // The demo's partner side already holds returns it expects and has observed, in English.
    const own = reciprocity.locator('.grid-2 > div').nth(1);
    await expect(kindBlock(own, page, en.partnerships.kinds.observed).locator('li').first()).toBeVisible();
    const side = await openEntryForm(reciprocity);
    // A partner speaks for their own authority only: the team's side is not offered.
    await expect(side.locator('option[value="team"]')).toHaveCount(0);
    await side.selectOption('partner');
    await reciprocity.getByRole('combobox', { name: en.partnerships.fields.kind, exact: true }).selectOption('observed');
    const text = reciprocity.getByRole('textbox', { name: en.partnerships.fields.text, exact: true });
    // Too short: a clear message beside the field, nothing added.
    await text.fill('ab');
    await reciprocity.getByRole('button', { name: en.partnerships.add, exact: true }).click();
    await expect(reciprocity.getByText(en.partnerships.validation.partnershipContributionLength)).toBeVisible();
    await text.fill(OBSERVED);
    await addInEnglish(reciprocity);
    await expect(kindBlock(own, page, en.partnerships.kinds.observed).getByRole('listitem').filter({ hasText: OBSERVED })).toBeVisible();
    await axe(page, 'partner returns, as the partner in English');
  } finally {
    await new AppShell(page, axe, 'en').switchLanguage('fr');
    await page.waitForLoadState('networkidle');
  }

  // The French officer: both sides side by side, the partner's return under "observed", in English and marked so.
  await page.context().clearCookies();
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(url);
  const reciprocity = page.getByRole('region', { name: fr.partnerships.reciprocity, exact: true });
  const columns = reciprocity.locator('.grid-2 > div');
  await expect(columns).toHaveCount(2);
  const team = columns.nth(0);
  const partner = columns.nth(1);
  await expect(team.getByRole('heading', { name: fr.partnerships.sides.yourTeam, exact: true })).toBeVisible();
  for (const kind of ['brings', 'expects', 'observed'] as const) {
    await expect(team.getByRole('heading', { name: fr.partnerships.kinds[kind], exact: true })).toBeVisible();
    await expect(partner.getByRole('heading', { name: fr.partnerships.kinds[kind], exact: true })).toBeVisible();
  }
  const entry = kindBlock(partner, page, fr.partnerships.kinds.observed).getByRole('listitem').filter({ hasText: OBSERVED });
  await expect(entry.locator('span[lang="en"]', { hasText: OBSERVED })).toBeVisible();
  await expect(entry.locator('.translation-note', { hasText: fr.partnerships.entryTranslation.missing.replace('{language}', 'français') })).toBeVisible();
  await expect(team.getByText(OBSERVED)).toHaveCount(0);
  // The demo's translated return reads in French, marked as a translation.
  await expect(kindBlock(partner, page, fr.partnerships.kinds.observed)).toContainText('Les consultations prénatales du centre de santé communal');
  await axe(page, 'partner returns, as the French officer');

  // Tamboura's partner side records returns too (in French, its language): read beside the team's.
  await page.goto(`/${ws}/partnerships/${otherPartnershipId}`);
  const tamboura = page.getByRole('region', { name: fr.partnerships.reciprocity, exact: true }).locator('.grid-2 > div').nth(1);
  await expect(kindBlock(tamboura, page, fr.partnerships.kinds.observed)).toContainText('Les trois écoles équipées ont eu de l’eau toute l’année scolaire');
  await expect(kindBlock(tamboura, page, fr.partnerships.kinds.expects)).toContainText('La formation de deux fontainiers communaux');

  // The coherence check on one-way partnerships: both partners' sides record returns they expect
  // and observed, so neither partnership is named for its reciprocity (the check still names
  // partners whose actions expect nothing for the territory, which are fixed in the actions).
  const strategy = new StrategyPage(page, axe);
  await strategy.goto(ws);
  const oneWay = strategy.check('oneWayPartners');
  await expect(oneWay).toHaveCount(1);
  await expect(oneWay.locator(`a[href="/${ws}/partnerships/${otherPartnershipId}#reciprocity-title"]`)).toHaveCount(0);
  await expect(oneWay.locator(`a[href^="/${ws}/partnerships/"]`)).toHaveCount(0);
});
