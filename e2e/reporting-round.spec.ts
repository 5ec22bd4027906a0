import fr from '../messages/fr.json';
import { test, expect, DEMO } from './fixtures';

const slug = DEMO.workspace.slug;
const r = fr.rounds;
const INDICATOR = 'Collégiens en correspondance avec Nioro-Kaya';

/** Today plus `days`, as YYYY-MM-DD. */
function day(days = 0) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The count of off-track indicators in the dashboard's "indicators by axis" row of the actions' indicators. */
async function offTrackOfActions(page: import('@playwright/test').Page) {
  await page.goto(`/${slug}/dashboard`);
  const row = page.getByTestId('indicator-status-table').getByRole('row', { name: new RegExp(r.dashboard.noAxis) });
  return Number(await row.locator('td[data-status="off_track"]').innerText());
}

test.describe('the yearly reporting round', () => {
  test('an admin opens a round, the owner enters a value that falls off track, the dashboard shows it', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    const year = new Date().getUTCFullYear();

    // The admin reads the dashboard first, then opens this year's round, due in a week.
    await signIn(page, DEMO.accounts.admin.email);
    const before = await offTrackOfActions(page);
    await page.goto(`/${slug}/strategy/rounds`);
    await expect(page.getByRole('heading', { level: 1, name: r.title })).toBeVisible();
    await axe(page, 'rounds page');
    await page.getByLabel(r.year).fill(String(year));
    await page.getByLabel(r.dueOn).fill(day(7));
    await page.getByRole('button', { name: r.openSubmit }).click();
    await expect(page.getByText(r.opened)).toBeVisible();
    await expect(page.getByTestId(`round-progress-${year}`)).toHaveText(/^\d+ sur \d+ valeurs? saisies?$/);

    // The owner (a contributor) finds the round on their home page and enters a low value.
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.contributor.email);
    await page.goto(`/${slug}`);
    await expect(page.locator('.journey-due')).toContainText(`Campagne de saisie ${year}`);
    await page.goto(`/${slug}/strategy/rounds`);
    await page.getByRole('link', { name: INDICATOR }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
    await page.getByLabel(fr.strategy.fields.observedOn).fill(day(0));
    await page.getByLabel(/^Valeur \(/).fill('10');
    await page.getByLabel(fr.strategy.fields.source).fill('Plateforme d’échanges des collèges');
    await page.getByLabel(r.term.comment).fill('Deux collèges ont suspendu les échanges.');
    await page.getByRole('button', { name: fr.strategy.values.submit }).click();
    await expect(page.getByText(fr.strategy.values.added)).toBeVisible();
    await expect(page.locator('dd .status-badge')).toHaveText(r.status.off_track);
    await expect(page.getByRole('table', { name: new RegExp(r.term.caption.split('«')[0]!.trim()) })).toBeVisible();
    await axe(page, 'indicator with its term');

    // A value outside the indicator's term is refused with a clear message.
    await page.getByLabel(fr.strategy.fields.observedOn).fill('1999-06-30');
    await page.getByLabel(/^Valeur \(/).fill('10');
    await page.getByLabel(fr.strategy.fields.source).fill('Essai');
    await page.getByRole('button', { name: fr.strategy.values.submit }).click();
    await expect(page.getByText(r.validation.yearOutsideTerm)).toBeVisible();

    // The round's progress counts the new value; the dashboard shows one more indicator off track.
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.admin.email);
    await page.goto(`/${slug}/strategy/rounds`);
    await expect(page.getByTestId(`round-progress-${year}`)).toHaveText(/^\d+ sur \d+ valeurs? saisies?$/);
    expect(await offTrackOfActions(page)).toBe(before + 1);
    await axe(page, 'dashboard');
  });
});
