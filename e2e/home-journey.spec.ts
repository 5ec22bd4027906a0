import { DEMO, expect, test } from './fixtures';
import { JourneyPage } from './pages/journey-page';
import { StrategyPage } from './pages/strategy-page';
import { DashboardPage } from './pages/dashboard-page';
import { SignInPage } from './pages/sign-in-page';

const slug = DEMO.workspace.slug;

// Issue 17, points 3 and 4: the home page is the journey's hub, different for each role, and the
// figures tell the truth with little data.
test.describe('the home page as the journey’s hub', () => {
  test('the elected official sees first the decision awaiting her and by when, in French and English', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.reviewer.email);
    const home = new JourneyPage(page, axe);
    await home.goto(slug);
    // The card comes before the steps, names the version and the due day, and links to the review.
    await expect(home.mine).toContainText('Version pour le comité de pilotage');
    await expect(home.mine).toContainText(/\d{1,2} \S+ \d{4}/);
    await expect(home.mine).toContainText('1 avis rendu sur 2');
    const mineBox = (await home.mine.boundingBox())!;
    const journeyBox = (await home.journey.boundingBox())!;
    expect(mineBox.y).toBeLessThan(journeyBox.y);
    // The review step says the same, measured: one decision of two, and when they are due.
    await expect(home.step('review')).toContainText('1 avis rendu sur 2');
    // A reviewer reads the steps; no link leads her to edit what others write.
    await expect(home.journey.locator('a[href$="/edit"]')).toHaveCount(0);

    await page.getByRole('group', { name: home.t.language.label }).getByRole('button', { name: 'English' }).click();
    const en = new JourneyPage(page, axe, 'en');
    await expect(en.mine).toContainText('1 decision given out of 2');
    await expect(en.step('diagnostic')).toBeVisible();
    await en.expectAccessible('home journey in English');
    await page.getByRole('group', { name: en.t.language.label }).getByRole('button', { name: 'Français' }).click();
    await expect(home.mine).toBeVisible();

    await home.mine.getByRole('link', { name: home.o.mine.decide }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/document/review/[^/]+$`));
    await axe(page, 'the review reached from the home page');
  });

  test('the contributor sees the dimensions assigned to her; the partner lands in the partnership', async ({ page, axe, signIn, browser }) => {
    await signIn(page, DEMO.accounts.contributor.email);
    const home = new JourneyPage(page, axe);
    await home.goto(slug);
    const tasks = home.mine.getByRole('listitem');
    expect(await tasks.count()).toBeGreaterThanOrEqual(2);
    await expect(home.mine).toContainText(/questions? répondues? sur \d+/);
    const answer = home.mine.getByRole('link', { name: /^Répondre : / }).first();
    const href = await answer.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${slug}/diagnostic/[^/]+/[a-z_]+$`));
    await answer.click();
    await expect(page).toHaveURL(href!);
    await expect(home.heading).toBeVisible();
    await axe(page, 'dimension reached from the home page');

    const context = await browser.newContext();
    const partner = await context.newPage();
    const signInPage = new SignInPage(partner, axe);
    await signInPage.goto();
    await signInPage.signIn(DEMO.accounts.partner.email, DEMO.password);
    await partner.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await partner.goto(`/${slug}`);
    await expect(partner).toHaveURL(new RegExp(`/${slug}/partnerships/[^/]+$`));
    await context.close();
  });

  test('the admin of a new, empty workspace is shown each step to do, the next one first, and honest figures', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    await signIn(page, DEMO.accounts.admin.email);
    const stamp = Date.now().toString(36);
    const newSlug = `vide-${stamp}`;
    await page.goto('/workspaces/new');
    const create = page.getByRole('button', { name: "Créer l'espace" });
    await expect(create).toBeVisible();
    await page.getByRole('textbox', { name: 'Nom de la collectivité' }).fill(`Commune vide ${stamp}`);
    await page.getByRole('textbox', { name: "Identifiant d'adresse" }).fill(newSlug);
    await page.getByRole('combobox', { name: 'Niveau' }).selectOption('commune');
    await page.getByRole('combobox', { name: 'Pays' }).selectOption('FR');
    await create.click();
    await page.waitForURL(new RegExp(`/${newSlug}$`));

    const home = new JourneyPage(page, axe);
    await home.goto(newSlug);
    const o = home.o;
    // Seven steps, all to do; the next step is the diagnostic's, and each empty step says what to do.
    await expect(home.journey.getByRole('listitem')).toHaveCount(7);
    await expect(home.journey.getByText(o.statuses.todo, { exact: true })).toHaveCount(7);
    await expect(home.step('diagnostic')).toContainText(o.nextLabel);
    await expect(home.step('actors')).toContainText(o.steps.actors.none);
    await expect(home.step('review')).toContainText(o.steps.review.none);
    await expect(home.step('actors').getByRole('link', { name: o.next.importActors })).toHaveAttribute('href', `/${newSlug}/actors/import`);
    // Nothing awaits a new admin in person: no card at all.
    await expect(home.mine).toHaveCount(0);

    // An empty list says what to do next, not "no actor matches these filters", and offers no export.
    await page.goto(`/${newSlug}/actors`);
    await expect(page.getByText(home.t.actors.emptyState.none)).toBeVisible();
    await expect(page.getByText(home.t.actors.empty)).toHaveCount(0);
    await expect(page.getByRole('link', { name: home.t.actors.exportCsv })).toHaveCount(0);
    await expect(page.getByRole('link', { name: home.t.actors.emptyState.import })).toBeVisible();
    await axe(page, 'empty actors list');
    await page.goto(`/${newSlug}/actors?q=zzz`);
    await expect(page.getByText(home.t.actors.empty)).toBeVisible();
    await expect(page.getByRole('link', { name: home.t.actors.emptyState.reset })).toHaveAttribute('href', `/${newSlug}/actors`);
    await page.goto(`/${newSlug}/actions`);
    await expect(page.getByText(home.t.externalActions.emptyState.none)).toBeVisible();
    await expect(page.getByRole('link', { name: home.t.externalActions.emptyState.add })).toBeVisible();
    await axe(page, 'empty actions list');

    // An empty strategy has no coherence score; nothing to check is "not applicable", never passed.
    const strategy = new StrategyPage(page, axe);
    await strategy.goto(newSlug);
    await expect(page.locator('.coherence-figure')).toHaveText(strategy.s.coherence.noScore);
    await expect(strategy.check('departmentsNeverMobilised')).toHaveAttribute('data-status', 'na');
    await expect(strategy.check('departmentsNeverMobilised')).toContainText(strategy.s.coherence.na);
    await expect(page.locator('li.check[data-passed="true"]')).toHaveCount(0);
    await page.getByRole('group', { name: strategy.t.language.label }).getByRole('button', { name: 'English' }).click();
    const strategyEn = new StrategyPage(page, axe, 'en');
    await expect(page.locator('.coherence-figure')).toHaveText(strategyEn.s.coherence.noScore);
    await expect(strategyEn.check('departmentsNeverMobilised')).toContainText(strategyEn.s.coherence.na);
    await strategyEn.expectAccessible('empty strategy in English');
    const homeEn = new JourneyPage(page, axe, 'en');
    await homeEn.goto(newSlug);
    await expect(homeEn.step('actors')).toContainText(homeEn.o.steps.actors.none);
    await page.getByRole('group', { name: homeEn.t.language.label }).getByRole('button', { name: 'Français' }).click();
    await expect(home.journey).toBeVisible();
    const dashboard = new DashboardPage(page, axe);
    await dashboard.goto(newSlug);
    await expect(dashboard.block('coherence')).toContainText(dashboard.d.coherence.noScore);
    await expect(dashboard.block('coherence')).not.toContainText('%');

    // The first axis gives the thread a shape: the figure appears, and it is not a free 100 %.
    await strategy.goto(newSlug);
    await strategy.createAxis(`Jeunesse ${stamp}`, 'Un objectif');
    // One axis with neither action nor indicator: both applicable checks fail, the figure is 0 %.
    await expect(page.locator('.coherence-figure')).toHaveText(/^0\s?%$/);
    await strategy.expectCheck('axesWithoutAction', false);
    await strategy.expectAccessible('strategy with a first axis');
    // Fixing one point moves the headline: an indicator on the axis (axes ×2 and indicators ×1 now in order).
    await strategy.openAxis(`Jeunesse ${stamp}`);
    await strategy.addIndicator({ name: `Jeunes partis ${stamp}`, unit: 'jeunes', baseline: '0', target: '20', targetDate: '2030-06-30' });
    await strategy.goto(newSlug);
    await expect(page.locator('.coherence-figure')).toHaveText(/^60\s?%$/);
    await strategy.expectCheck('axesWithoutIndicator', true);
    await home.goto(newSlug);
    await expect(home.step('thread')).toHaveAttribute('data-status', 'todo');
  });
});

test.describe('the printed dashboard', () => {
  test('fits A4 in at most three pages with every funding source, totals that add up and plain sentences', async ({ page, axe, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.reviewer.email);
    const dashboard = new DashboardPage(page, axe);
    await dashboard.goto(slug);
    const main = page.locator('main');
    // Real plurals, no "(s)"; the returns sentence reads the right way round.
    await expect(main).not.toContainText('(s)');
    await expect(dashboard.block('returns')).toContainText(/Sur \d+ retombées attendues, \d+ (a|ont) été observées?/);
    await expect(dashboard.block('map').getByRole('table')).toContainText(/Les \d+ pays les plus liés/);
    await expect(page.getByText(/de Département/)).toHaveCount(0);
    // The coherence block names the three points to fix first, each a link to where it is fixed.
    const fixes = dashboard.block('coherence').getByRole('list', { name: /Les 3 points à corriger en premier/ });
    await expect(fixes.getByRole('listitem')).toHaveCount(3);
    await expect(fixes.getByRole('link')).toHaveCount(3);

    // Laid out at the width of an A4 page (96 px per inch), as the printer lays it out.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const budget = dashboard.block('budget');
    const sources = await budget.getByRole('columnheader').count();
    // Axis, the funding sources, total: every header is inside the printed table's box.
    expect(sources).toBeGreaterThanOrEqual(5);
    const overflow = await budget.locator('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const euros = (s: string) => Number(s.replace(/[^\d,-]/g, '').replace(',', '.'));
    const foot = await budget.locator('tfoot td').allTextContents();
    const total = euros(foot[foot.length - 1]!);
    const sum = foot.slice(0, -1).reduce((n, cell) => n + euros(cell), 0);
    expect(Math.abs(sum - total)).toBeLessThan(1);
    for (const block of ['review', 'coherence', 'budget', 'map'] as const) {
      await expect(dashboard.block(block)).toHaveCSS('break-inside', 'avoid');
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // In English too: plain sentences, no "(s)".
    await page.getByRole('group', { name: dashboard.t.language.label }).getByRole('button', { name: 'English' }).click();
    const en = new DashboardPage(page, axe, 'en');
    await expect(en.heading).toHaveText(en.d.title);
    await expect(main).not.toContainText('(s)');
    await expect(en.block('returns')).toContainText(/Of \d+ expected returns, \d+ (has|have) been observed/);
    await en.expectAccessible('dashboard in English');
    await page.getByRole('group', { name: en.t.language.label }).getByRole('button', { name: 'Français' }).click();
    await expect(dashboard.heading).toHaveText(dashboard.d.title);
  });
});
