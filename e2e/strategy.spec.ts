import { DEMO, expect, test } from './fixtures';
import { StrategyPage } from './pages/strategy-page';
import { ErrorPage } from './pages/error-page';

const ws = DEMO.workspace.slug;

test.describe('the common thread', () => {
  test('an editor writes the vision and thread, creates an axis, places an action on it, adds an indicator and a value, and sees a check turn green', async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(240_000);
    const strategy = await signInAs('editor', StrategyPage);
    const s = strategy.s;
    const stamp = Date.now().toString(36);
    const axis = `Axe e2e ${stamp}`;
    const thread = `Chaque action fait grandir nos compétences ici et là-bas ${stamp}`;

    await strategy.goto(ws);
    await strategy.writeThread('Un territoire ouvert qui partage ce qu’il sait faire avec ses partenaires.', thread);
    await strategy.expectAccessible('overview after saving the thread');

    await strategy.createAxis(axis, 'Premier objectif\nSecond objectif');
    // A new axis has no action yet: the check says so.
    await strategy.expectCheck('axesWithoutAction', false);

    await strategy.openTab(s.tabs.placements, s.placements.title);
    await strategy.placeAction('Mission technique à Valea Bistrei : familles d’accueil', axis);

    await strategy.openTab(s.tabs.overview, s.title);
    await strategy.expectCheck('axesWithoutAction', true);

    await strategy.openAxis(axis);
    await expect(page.getByRole('link', { name: 'Mission technique à Valea Bistrei : familles d’accueil' })).toBeVisible();
    const indicator = `Familles d’accueil formées ${stamp}`;
    await strategy.addIndicator({ name: indicator, unit: 'familles', baseline: '0', target: '40', targetDate: '2028-12-31' });
    await strategy.expectAccessible('axis with an indicator');
    await strategy.openIndicator(indicator);
    await strategy.recordValue('familles', '12', `Bilan de la mission ${stamp}`);
    await strategy.expectAccessible('indicator with a value');

    await strategy.openTab(s.tabs.map, s.map.title);
    await expect(page.getByRole('link', { name: 'Mission technique à Valea Bistrei : familles d’accueil' })).toBeVisible();
    await strategy.openTab(s.tabs.indicators, s.indicators.title);
  });

  test('a contributor is reminded of their late indicator, updates it, and cannot edit the vision', async ({ page, axe, signInAs }) => {
    test.setTimeout(180_000);
    const strategy = await signInAs('contributor', StrategyPage);
    const s = strategy.s;
    await strategy.goto(ws);
    await expect(page.getByRole('link', { name: s.editThread })).toHaveCount(0);
    await expect(page.getByRole('button', { name: s.createAxis })).toHaveCount(0);
    const reminder = page.getByRole('region', { name: /vos indicateurs/ });
    await expect(reminder).toBeVisible();
    const name = 'Jeunes du Val-d’Argence partis en mobilité';
    await reminder.getByRole('link', { name }).click();
    await expect(strategy.heading).toHaveText(name);
    await expect(page.getByText(/En retard depuis/)).toBeVisible();
    await strategy.expectAccessible('late indicator');
    await strategy.recordValue('jeunes', '275', 'Tableau de suivi e2e');
    await expect(page.getByText(/En retard depuis/)).toHaveCount(0);

    // Someone else's indicator: read only.
    await strategy.openTab(s.tabs.indicators, s.indicators.title);
    await strategy.openIndicator('Habitants de Tamboura ayant accès à l’eau potable');
    await expect(page.getByRole('button', { name: s.values.submit })).toHaveCount(0);

    await page.goto(`/${ws}/strategy/edit`);
    await new ErrorPage(page, axe).expectForbidden();
  });

  test('a reviewer reads the map; a partner cannot open the strategy', async ({ page, axe, signIn, signInAs }) => {
    test.setTimeout(120_000);
    const strategy = await signInAs('reviewer', StrategyPage);
    await strategy.goto(ws);
    await strategy.openTab(strategy.s.tabs.map, strategy.s.map.title);
    await strategy.openTab(strategy.s.tabs.placements, strategy.s.placements.title);
    await expect(page.getByRole('button', { name: strategy.s.placements.save })).toHaveCount(0);
    await page.context().clearCookies();
    await signIn(page, DEMO.accounts.partner.email);
    await page.goto(`/${ws}/strategy`);
    await new ErrorPage(page, axe).expectForbidden();
  });
});
