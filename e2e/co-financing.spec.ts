import fr from '../messages/fr.json';
import { DEMO, expect, test } from './fixtures';

const slug = DEMO.workspace.slug;
// Côte d'Ivoire: not a least developed country, so the ministry may pay at most 70 %.
const ACTION = 'Bouaké-Lac : échanges sportifs de jeunes';

// Issue 20, point 1: an officer fills a co-financing plan; bad input changes nothing; a plan that
// breaks a call rule is saved as typed and flagged, on the action page and in the consolidated budget.
test.describe('co-financing plans', () => {
  test('an officer fills a plan and sees a rule flagged', async ({ page, axe, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.editor.email);
    const c = fr.coFinancing;
    await page.goto(`/${slug}/actions?q=${encodeURIComponent('Bouaké-Lac')}`);
    await page.getByRole('link', { name: ACTION, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: ACTION })).toBeVisible();
    const section = page.locator('#co-financing');
    await expect(section.getByText(c.none)).toBeVisible();
    const form = page.getByRole('form', { name: c.form.addTitle });

    // Bad input: no funder, a negative amount. Nothing is saved.
    await form.getByRole('textbox', { name: c.fields.asked, exact: true }).fill('-5');
    await form.getByRole('button', { name: c.form.submit }).click();
    await expect(form.getByText(fr.validation.choose)).toBeVisible();
    await expect(form.getByText(c.validation.amountFormat)).toBeVisible();
    await expect(section.getByText(c.none)).toBeVisible();

    // The ministry's call for projects 2026, then the authority's own funds.
    await form.getByRole('spinbutton', { name: c.fields.year, exact: true }).fill('2026');
    await form.getByRole('combobox', { name: c.fields.funderKind, exact: true }).selectOption({ label: c.funderKinds.ministry_call });
    await form.getByRole('spinbutton', { name: c.fields.callYear, exact: true }).fill('2026');
    await form.getByRole('textbox', { name: c.fields.asked, exact: true }).fill('80 000');
    await form.getByRole('textbox', { name: c.fields.granted, exact: true }).fill('80 000');
    await form.getByRole('button', { name: c.form.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.form.added);
    await form.getByRole('spinbutton', { name: c.fields.year, exact: true }).fill('2026');
    await form.getByRole('combobox', { name: c.fields.funderKind, exact: true }).selectOption({ label: c.funderKinds.own });
    await form.getByRole('textbox', { name: c.fields.asked, exact: true }).fill('10 000,50');
    await form.getByRole('button', { name: c.form.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.form.added);

    // 80 000 of 90 000,50: the ministry pays 88,88 %, above 70 %. Saved as typed, and flagged.
    const year = page.getByTestId('co-financing-2026');
    await expect(year.getByRole('row', { name: new RegExp(c.funderKinds.ministry_call) })).toBeVisible();
    await expect(year.getByText(/10\s000,50/)).toBeVisible();
    const ceiling = year.locator('li[data-rule="ministry_max_other"]');
    await expect(ceiling).toHaveAttribute('data-status', 'broken');
    await expect(ceiling.getByText(c.statuses.broken, { exact: true })).toBeVisible();
    await expect(ceiling).toContainText('88,88');
    await expect(ceiling).toContainText(fr.coFinancing.source.split(' ')[0]!);
    await expect(year.locator('li[data-rule="authority_min_share"]')).toHaveAttribute('data-status', 'met');
    // No instalment holds back the last 20 % for the final report yet: flagged too.
    await expect(year.locator('li[data-rule="final_instalment_min"]')).toHaveAttribute('data-status', 'broken');
    await expect(year.getByText(/enfreint 2 règles/)).toBeVisible();
    await axe(page, 'action page with its co-financing plan');

    // The consolidated budget lists the flagged plan.
    await page.goto(`/${slug}/actions/budget`);
    const budget = page.locator('section', { has: page.getByRole('heading', { name: c.budget.title }) });
    await expect(budget.getByRole('link', { name: new RegExp(`${ACTION} — 2026`) })).toBeVisible();
    await axe(page, 'budget with co-financing');
  });

  test('an admin edits a call rule with its source; bad input changes nothing; the demo plan shows the new source', async ({ page, axe, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.admin.email);
    const c = fr.coFinancing;
    await page.goto(`/${slug}/settings`);
    const card = page.locator('#co-financing-rules');
    await expect(card.getByRole('heading', { name: c.settings.title })).toBeVisible();
    const rule = page.getByRole('form', { name: c.rules.ministry_max_other.replace('{percent}', '70') });
    await rule.getByRole('spinbutton', { name: c.fields.percent, exact: true }).fill('140');
    await rule.getByRole('button', { name: c.settings.save }).click();
    await expect(rule.getByText(c.validation.percentRange)).toBeVisible();
    // Scanned here: a refused save refreshes nothing, while a saved one re-renders the page's head.
    await axe(page, 'settings with the co-financing rules and a refused threshold');
    // The threshold kept at 70 %, the source made precise.
    const source = `Appel à projets 2025, article 4 (e2e ${Date.now().toString(36)})`;
    await rule.getByRole('spinbutton', { name: c.fields.percent, exact: true }).fill('70');
    await rule.getByRole('textbox', { name: c.fields.sourceText, exact: true }).fill(source);
    await rule.getByRole('button', { name: c.settings.save }).click();
    await expect(rule.getByRole('status')).toHaveText(c.settings.saved);

    // The demo's ministry-funded plan in Morocco: flagged, with the rule's new source.
    await page.goto(`/${slug}/actions?q=${encodeURIComponent('Aït Tafraout')}`);
    await page.getByRole('link', { name: 'Aït Tafraout : tourisme rural et filière argan', exact: true }).click();
    const ceiling = page.getByTestId('co-financing-2025').locator('li[data-rule="ministry_max_other"]');
    await expect(ceiling).toHaveAttribute('data-status', 'broken');
    await expect(ceiling).toContainText(source);
  });
});
