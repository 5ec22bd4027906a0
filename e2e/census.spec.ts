import { DEMO, expect, test } from './fixtures';
import { ActorsPage } from './pages/actors-page';
import { CensusPage } from './pages/census-page';
import { PublicCensusPage } from './pages/public-census-page';

const ws = DEMO.workspace;

test.describe('territorial census', () => {
  test('a stakeholder answers the public questionnaire, an editor accepts it, the actor and its partner appear', async ({ page, browser, axe, signIn }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const title = `Recensement e2e ${stamp}`;
    const organisation = `Atelier des Deux Rives ${stamp}`;
    const partner = `Centre culturel de Kayes ${stamp}`;

    await signIn(page, DEMO.accounts.editor.email);
    const census = new CensusPage(page, axe);
    await census.goto(ws.slug);
    const url = await census.createLink(title);

    // The stakeholder has no account: a fresh browser context, without cookies.
    const visitor = await browser.newContext({ locale: 'fr-FR' });
    try {
      const publicPage = new PublicCensusPage(await visitor.newPage(), axe);
      await publicPage.goto(url);
      // The authority's name and the questionnaire's title: nothing else of the workspace.
      await expect(publicPage.page.getByText(publicPage.t.census.public.intro.replace('{authority}', ws.name))).toBeVisible();
      await expect(publicPage.page.getByText(title, { exact: true })).toBeVisible();
      await publicPage.expectForm();

      await publicPage.fillOrganisation({ organisation, category: 'Structure culturelle', city: 'Argence-la-Ville' });
      await publicPage.fillContact({ name: 'Mariam Coulibaly', email: 'mariam@example.org' });
      await publicPage.fillLink(1, {
        country: 'Mali',
        partner,
        kind: 'Partenariat',
        frequency: 'Plusieurs fois par an',
        potential: 'Résidences croisées d’artistes',
      });
      // A contact without consent is refused, next to the checkbox.
      await publicPage.submitButton.click();
      await expect(publicPage.page.getByText(publicPage.t.census.validation.censusConsentRequired)).toBeVisible();
      await publicPage.expectAccessible('public census form with an error');
      await publicPage.consent.check();
      await publicPage.submitButton.click();
      await expect(publicPage.thanks).toBeVisible();
      await publicPage.expectAccessible('public census thanks');

      // Closed, the link says so and shows no form.
      await census.goto(ws.slug);
      await census.closeButton(title).click();
      await expect(census.openButton(title)).toBeVisible();
      await publicPage.goto(url);
      await expect(publicPage.statusMessage).toContainText('fermé');
      await expect(publicPage.submitButton).toHaveCount(0);
      await publicPage.expectAccessible('closed census link');
      await publicPage.goto(url.replace(/[\w-]{43}$/, 'x'.repeat(43)));
      await expect(publicPage.statusMessage).toHaveText(publicPage.t.census.public.status_unknown);
    } finally {
      await visitor.close();
    }

    // Moderation: the answer waits in the queue; accepted, it becomes an actor with its partner.
    await census.goto(ws.slug);
    await expect(census.answer(organisation)).toBeVisible();
    await expect(census.answer(organisation).getByRole('rowheader', { name: partner })).toBeVisible();
    await census.accept(organisation);
    await census.expectAccessible('census after accepting');

    const actors = new ActorsPage(page, axe);
    await actors.gotoTable(ws.slug, `?q=${encodeURIComponent(stamp)}`);
    await expect(actors.rowLink(organisation)).toBeVisible();
    await expect(actors.rowLink(partner)).toBeVisible();
    await actors.rowLink(organisation).click();
    await expect(actors.heading).toHaveText(organisation);
    await expect(actors.relationsRegion.getByRole('link', { name: partner })).toBeVisible();
    await actors.expectAccessible('actor created from the census');
  });

  test('a contributor cannot open the census page', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.contributor.email);
    const response = await page.goto(`/${ws.slug}/actors/census`);
    expect(response?.status()).toBe(403);
    await axe(page, 'census forbidden');
  });
});
