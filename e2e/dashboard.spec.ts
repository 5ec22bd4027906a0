import { test, expect, DEMO } from './fixtures';
import { DASHBOARD_BLOCKS, DashboardPage } from './pages/dashboard-page';

const slug = DEMO.workspace.slug;

test.describe('elected officials’ dashboard', () => {
  test('the reviewer reads every block with real figures, follows each link, and prints one clean page', async ({ page, axe, signInAs }) => {
    // Many pages, each scanned by axe, on a machine shared by the whole team.
    test.setTimeout(180_000);
    const dashboard = await signInAs('reviewer', DashboardPage);
    // Reached from the workspace's overview and from the navigation.
    await page.goto(`/${slug}`);
    await page.getByRole('link', { name: dashboard.t.overview.openDashboard }).click();
    await expect(dashboard.heading).toHaveText(dashboard.d.title);
    await expect(dashboard.shell.nav.getByRole('link', { name: dashboard.t.nav.dashboard })).toHaveAttribute('aria-current', 'page');
    await dashboard.goto(slug);

    for (const [, title] of DASHBOARD_BLOCKS) await expect(dashboard.block(title), title).toBeVisible();
    // Real figures from the demo: the completed diagnostic's score, actions placed on the four axes,
    // a budget in euros by funding source, the returns gap, the coherence figure, two late indicators.
    await expect(dashboard.block('maturity').locator('.dash-figure strong')).toHaveText(/^\d{1,3}$/);
    await expect(dashboard.block('maturity').getByRole('row')).toHaveCount(11);
    const actions = dashboard.block('actionsByAxis').getByRole('table');
    // A header row, the four axes, then the actions outside the thread (and any not placed yet).
    await expect(actions.getByRole('row').nth(5)).toBeVisible();
    await expect(actions.getByRole('rowheader', { name: dashboard.d.axes.outside })).toBeVisible();
    await expect(dashboard.block('budget').getByRole('table')).toContainText('€');
    await expect(dashboard.block('budget').getByRole('columnheader', { name: dashboard.t.externalActions.fundingSources.own_funds })).toBeVisible();
    await expect(dashboard.block('returns').locator('.dash-figure strong')).toHaveText(/\d+\s?%/);
    await expect(dashboard.block('coherence').locator('.dash-figure strong')).toHaveText(/\d+\s?%/);
    await expect(dashboard.block('coherence').getByRole('img')).toBeVisible();
    expect(await dashboard.block('overdue').getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await expect(dashboard.block('map').getByRole('img', { name: /pays liés/ })).toBeVisible();
    expect(await dashboard.block('map').getByRole('row').count()).toBeGreaterThanOrEqual(6);
    await expect(dashboard.block('review').locator('.dash-status')).not.toBeEmpty();

    // Each block links to its detail page, which the reviewer may open.
    const links: [string, string][] = [];
    for (const [, title] of DASHBOARD_BLOCKS) {
      const href = await dashboard.detailsLink(title).getAttribute('href');
      expect(href, title).toMatch(new RegExp(`^/${slug}/`));
      links.push([title, href!]);
    }
    await dashboard.detailsLink('budget').click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/actions/budget$`));
    await expect(dashboard.heading).toBeVisible();
    await axe(page, 'budget detail');
    for (const [title, href] of links) {
      const response = await page.goto(href);
      expect(response?.status(), `${title} → ${href}`).toBe(200);
      await expect(dashboard.heading).toBeVisible();
      await axe(page, `${title} detail`);
    }

    // Print: the blocks only, without banner, navigation or buttons.
    await dashboard.goto(slug);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.sidebar')).toBeHidden();
    await expect(page.getByRole('button', { name: dashboard.d.print })).toBeHidden();
    await expect(dashboard.detailsLink('budget')).toBeHidden();
    for (const [, title] of DASHBOARD_BLOCKS) await expect(dashboard.block(title)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  test('in English too, and refused to a partner', async ({ page, axe, signIn, browser, signInAs }) => {
    const fr = await signInAs('editor', DashboardPage);
    await fr.goto(slug);
    await page.getByRole('group', { name: fr.t.language.label }).getByRole('button', { name: 'English' }).click();
    const en = new DashboardPage(page, axe, 'en');
    await expect(en.heading).toHaveText(en.d.title);
    await expect(en.block('budget')).toBeVisible();
    await axe(page, 'dashboard in English');
    await page.getByRole('group', { name: en.t.language.label }).getByRole('button', { name: 'Français' }).click();
    await expect(fr.heading).toHaveText(fr.d.title);

    const context = await browser.newContext();
    const partner = await context.newPage();
    await signIn(partner, DEMO.accounts.partner.email);
    const response = await partner.goto(`/${slug}/dashboard`);
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
