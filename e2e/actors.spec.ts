import { DEMO, expect, test } from './fixtures';
import { ActorsPage } from './pages/actors-page';
import { ErrorPage } from './pages/error-page';

const ws = DEMO.workspace.slug;

test.describe('actors map', () => {
  test('an editor creates two actors and a relation, and finds them in the table, graph, grid and map', async ({ page, signInAs }) => {
    // A whole journey across five screens, each scanned by axe.
    test.setTimeout(90_000);
    const actors = await signInAs('editor', ActorsPage);
    const stamp = Date.now().toString(36);
    const school = `Lycée international ${stamp}`;
    const partner = `Ville partenaire ${stamp}`;

    // Bad input first: a clear message next to the field, nothing created.
    await actors.openNewForm(ws);
    await actors.textbox('name').fill('x');
    await actors.textbox('website').fill('javascript:alert(1)');
    await actors.submitNew();
    await expect(page.getByText(actors.t.validation.nameLength)).toBeVisible();
    await expect(page.getByText(actors.t.validation.websiteFormat)).toBeVisible();
    await expect(page).toHaveURL(/\/actors\/new$/);

    await actors.fillActor({
      name: school,
      category: 'Établissement scolaire',
      country: 'France',
      city: 'Montrevel',
      themes: 'éducation, langues',
      tags: `e2e-${stamp}`,
    });
    await actors.textbox('website').fill('');
    await actors.submitNew();
    await expect(actors.heading).toHaveText(school);
    await actors.expectAccessible('actor record');

    await actors.openNewForm(ws);
    await actors.fillActor({ name: partner, category: 'Collectivité partenaire étrangère', country: 'Japon', tags: `e2e-${stamp}` });
    await actors.submitNew();
    await expect(actors.heading).toHaveText(partner);
    await actors.addRelation(school, 'Partenariat');
    await expect(actors.relationsRegion.getByRole('link', { name: school })).toBeVisible();
    await actors.expectAccessible('actor record with a relation');

    // Table, filtered by the tag both share.
    await actors.gotoTable(ws, `?tag=e2e-${stamp}`);
    await expect(page.getByRole('status').filter({ hasText: '2 acteurs' })).toBeVisible();
    await expect(actors.rowLink(school)).toBeVisible();
    await expect(actors.rowLink(partner)).toBeVisible();

    // Graph: both nodes and their edge, and the find field selects one. Its data arrives compressed
    // by us once (brotli, which Chromium accepts), not by Next on every request.
    const graphData = page.waitForResponse((r) => r.url().includes('/actors/graph?') && r.url().includes('/api/'));
    await page.goto(`/${ws}/actors/graph?tag=e2e-${stamp}`);
    expect((await (await graphData).allHeaders())['content-encoding']).toBe('br');
    await expect(page.getByRole('status').filter({ hasText: '2 acteurs, 1 relations affichés' })).toBeVisible();
    await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await page.getByLabel(actors.t.actors.graph.find).fill(partner);
    const panel = page.getByRole('complementary', { name: actors.t.actors.graph.selected });
    await expect(panel.getByText(partner)).toBeVisible();
    await expect(panel.getByRole('link', { name: actors.t.actors.graph.open })).toHaveAttribute('href', /\/actors\//);
    await actors.expectAccessible('graph');

    // Grid: move the school with the keyboard; the new scores are saved.
    await page.goto(`/${ws}/actors/grid?tag=e2e-${stamp}`);
    const chip = page.getByRole('button', { name: school, exact: true });
    await expect(page.getByRole('group', { name: 'Influence 3, intérêt 3' }).getByRole('button', { name: school })).toBeVisible();
    await actors.expectAccessible('grid');
    await chip.focus();
    await expect.poll(() => chip.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
    // The move is saved by a server action (a POST to this page); wait for its answer.
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/actors/grid'));
    await page.keyboard.press('ArrowUp');
    expect((await saved).ok()).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: `${school} : influence 4, intérêt 3.` })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Influence 4, intérêt 3' }).getByRole('button', { name: school })).toBeVisible();

    // World map: Japan now has a partner; choosing it with the keyboard lists the actor.
    await page.goto(`/${ws}/actors/map`);
    const japan = page.getByRole('group', { name: 'Carte du monde' }).getByRole('link', { name: 'Japon : 1 acteur' });
    await japan.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Acteurs : Japon' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Acteurs : Japon' }).getByRole('link', { name: partner })).toBeVisible();
    await actors.expectAccessible('world map');
  });

  test('a reviewer reads the map but cannot edit it', async ({ page, axe, signInAs }) => {
    const actors = await signInAs('reviewer', ActorsPage);
    await actors.gotoTable(ws);
    await expect(page.getByRole('link', { name: actors.t.actors.new })).toHaveCount(0);
    await actors.rowLink('Commune de Nioro-Kaya').click();
    await expect(actors.heading).toHaveText('Commune de Nioro-Kaya');
    await expect(page.getByRole('link', { name: actors.t.actors.edit })).toHaveCount(0);
    await expect(page.getByRole('button', { name: actors.t.actors.relation.submit })).toHaveCount(0);
    await actors.expectAccessible('actor record, read only');
    const response = await page.goto(`/${ws}/actors/new`);
    expect(response?.status()).toBe(403);
    await new ErrorPage(page, axe).expectForbidden();
  });

  test('a partner cannot see the map, only their own authority', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.partner.email);
    await page.goto(`/${ws}`);
    await expect(page.getByRole('navigation', { name: 'Parcours' }).getByRole('link', { name: 'Acteurs' })).toHaveCount(0);
    for (const path of [`/${ws}/actors`, `/${ws}/actors/graph`, `/${ws}/actors/grid`, `/${ws}/actors/map`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await new ErrorPage(page, axe).expectForbidden();
  });
});
