import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ActorsImportPage, type UploadFile } from '../pages/actors-import-page';
import { InvitePage } from '../pages/invite-page';
import { JourneyPage } from '../pages/journey-page';
import { MembersPage } from '../pages/members-page';
import { encodeCsv, officeCsvText, officeRows } from '../../lib/test/office-actors';

/**
 * Waits for the form's `submit` button to be enabled (the form is hydrated), fills its text boxes
 * by exact label (label → value), then submits.
 */
async function fillAndSubmit(page: Page, submit: string, fields: Record<string, string>) {
  const button = page.getByRole('button', { name: submit });
  await expect(button).toBeEnabled();
  for (const [label, value] of Object.entries(fields)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await button.click();
}

// Issue 17: an authority installs the app without the demo (FILROUGE_DEMO=0, its own server and
// database: playwright.empty-install.config.ts), creates the first admin and its workspace, then
// follows the home page's next steps. Each screen is scanned by axe.
test('from an empty install, the home page leads the first admin from step to step, up to a version in review', async ({ page, axe, browser }) => {
  test.setTimeout(360_000);
  const home = new JourneyPage(page, axe);
  const t = home.t;
  const slug = 'val-de-loire-test';

  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(home.heading).toHaveText(t.setup.title);
  await axe(page, 'setup');
  const submit = page.getByRole('button', { name: t.setup.submit });
  await expect(submit).toBeEnabled();
  await page.getByRole('textbox', { name: t.setup.adminName }).fill('Aline Première');
  await page.getByRole('textbox', { name: t.setup.adminEmail }).fill('aline@collectivite.test');
  await page.getByRole('textbox', { name: t.setup.password, exact: true }).fill('un mot de passe solide');
  await page.getByRole('textbox', { name: t.setup.confirm, exact: true }).fill('un mot de passe solide');
  await page.getByRole('textbox', { name: t.workspace.name }).fill('Communauté de communes du Val de Loire');
  await page.getByRole('textbox', { name: t.workspace.slug }).fill(slug);
  await page.getByRole('combobox', { name: t.workspace.level }).selectOption('epci');
  await page.getByRole('combobox', { name: t.workspace.country }).selectOption('FR');
  await submit.click();
  await page.waitForURL(new RegExp(`/${slug}$`));

  // Seven steps to do; the next one is the diagnostic's.
  await expect(home.journey).toBeVisible();
  await home.expectAccessible('home of an empty install');
  const o = home.o;
  await expect(home.journey.getByText(o.statuses.todo, { exact: true })).toHaveCount(7);
  await expect(home.step('diagnostic')).toHaveAttribute('data-next', 'true');

  // 1. The diagnostic, from the home page's link.
  await home.step('diagnostic').getByRole('link', { name: o.next.startDiagnostic }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/diagnostic$`));
  const launch = page.getByRole('button', { name: t.diagnostic.create });
  await expect(launch).toBeEnabled();
  await axe(page, 'empty diagnostic list');
  await launch.click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/diagnostic/[^/]+$`));
  await home.goto(slug);
  await expect(home.step('diagnostic')).toHaveAttribute('data-status', 'started');
  await expect(home.step('diagnostic')).toContainText(/aucune question répondue sur \d+/);
  // Begun, not finished: still the next step, now offered as "continue".
  await expect(home.step('diagnostic')).toHaveAttribute('data-next', 'true');
  await expect(home.step('diagnostic').getByRole('link', { name: /^Continuer le diagnostic \(\d+ questions restantes\)$/ })).toBeVisible();

  // 2. An actor, from the actors list's empty state (the import is the other way in).
  await page.goto(`/${slug}/actors`);
  await expect(page.getByText(t.actors.emptyState.none)).toBeVisible();
  await expect(page.getByRole('link', { name: t.actors.exportCsv })).toHaveCount(0);
  await axe(page, 'empty actors list');
  // The empty state's own links (the page's header offers the same): the list the office already
  // keeps, a semicolon CSV saved by Excel in Windows-1252 with its own words for the types.
  await expect(page.locator('[data-empty="none"]').getByRole('link', { name: t.actors.emptyState.add })).toBeVisible();
  await page.locator('[data-empty="none"]').getByRole('link', { name: t.actors.emptyState.import }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/actors/import$`));
  const importer = new ActorsImportPage(page, axe);
  const file: UploadFile = { name: 'acteurs-bureau.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeCsv(officeCsvText(officeRows()), 'cp1252')) };
  await importer.analyse(file);
  // An authority in France is the person's call: outside the territory here.
  await importer.valueSelect(importer.scoped('Collectivité territoriale', 'fr')).selectOption({ label: t.actors.categories.french_authority });
  await expect(importer.plan).toContainText('24 lignes seront importées');
  await importer.commitButton.click();
  await importer.confirmGroup.getByRole('button', { name: importer.m.confirm, exact: true }).click();
  await expect(importer.doneRegion.getByRole('status')).toContainText('24 lignes importées');
  await home.goto(slug);
  await expect(home.step('actors')).toContainText('24 acteurs');

  // 3. The common thread, from the home page's link; then its first axis.
  await home.goto(slug);
  await home.step('thread').getByRole('link', { name: o.next.writeThread }).click();
  await fillAndSubmit(page, t.strategy.saveStrategy, {
    [t.strategy.fields.vision]: 'Un territoire rural ouvert, qui apprend de ses partenaires.',
    [t.strategy.fields.thread]: 'La jeunesse et l’eau relient chacune de nos actions.',
  });
  await expect(home.heading).toHaveText(t.strategy.title);
  // No axis yet: no coherence score, every check not applicable.
  await expect(page.locator('.coherence-figure')).toHaveText(t.strategy.coherence.noScore);
  await home.goto(slug);
  await expect(home.step('thread')).toContainText(o.steps.thread.noAxis);
  await home.step('thread').getByRole('link', { name: o.next.addAxis }).click();
  await fillAndSubmit(page, t.strategy.createAxis, {
    [t.strategy.fields.axisTitle]: 'Jeunesse',
    [t.strategy.fields.objectives]: 'Des échanges scolaires chaque année',
  });
  await expect(page.getByRole('link', { name: /— Jeunesse$/ })).toBeVisible();
  await expect(page.locator('.coherence-figure')).toHaveText(/^\d{1,2}\s?%$/);

  // 4. The document, then a first version: the review step now offers the submission.
  await home.goto(slug);
  await expect(home.step('thread')).toContainText('1 axe');
  await home.step('document').getByRole('link', { name: o.next.startDocument }).click();
  await page.getByRole('button', { name: t.document.initialize }).click();
  await expect(page.getByRole('button', { name: t.document.initialize })).toHaveCount(0);
  await home.goto(slug);
  await expect(home.step('document')).toContainText(/aucune version enregistrée/);
  await home.step('document').getByRole('link', { name: o.next.saveVersion }).click();
  await page.getByRole('textbox', { name: t.document.versions.name }).fill('Première version');
  await page.getByRole('button', { name: t.document.versions.save }).click();
  await expect(page.getByText(t.document.versions.saved)).toBeVisible();
  await home.goto(slug);
  await expect(home.step('document')).toHaveAttribute('data-status', 'done');
  await expect(home.step('review')).toContainText('Première version');
  await expect(home.step('review').getByRole('link', { name: o.next.submitReview })).toHaveAttribute('href', `/${slug}/document/review`);

  // 5. An elected official joins, and the version is submitted to her from the home page's link.
  const members = new MembersPage(page, axe);
  await members.goto(slug);
  const link = await members.invite('elue@collectivite.test', 'reviewer');
  const context = await browser.newContext();
  const elue = await context.newPage();
  const invite = new InvitePage(elue, axe);
  await invite.goto(link);
  await invite.accept('Élise Relectrice', 'un autre mot de passe solide');
  await elue.waitForURL(new RegExp(`/${slug}$`));
  const eluHome = new JourneyPage(elue, axe);
  await expect(eluHome.mine).toContainText(o.mine.nothing);

  await home.goto(slug);
  await home.step('review').getByRole('link', { name: o.next.submitReview }).click();
  const send = page.getByRole('button', { name: t.review.submit });
  await expect(send).toBeEnabled();
  await page.getByRole('checkbox', { name: /Élise Relectrice/ }).check();
  await page.getByLabel(t.review.dueDate).fill('2099-12-14');
  await send.click();
  // The submission opens the review of the version.
  await expect(home.heading).toHaveText(t.review.detailTitle.replace('{name}', 'Première version'));
  await home.goto(slug);
  await expect(home.step('review')).toHaveAttribute('data-status', 'started');
  await expect(home.step('review')).toContainText('aucun avis rendu sur 1, attendus le 14 décembre 2099');

  // The official's home now opens on the decision awaiting her, and by when.
  await eluHome.goto(slug);
  await expect(eluHome.mine).toContainText('La version « Première version » attend votre avis d’ici le 14 décembre 2099.');
  await eluHome.mine.getByRole('link', { name: o.mine.decide }).click();
  await expect(elue).toHaveURL(new RegExp(`/${slug}/document/review/[^/]+$`));
  await axe(elue, 'the review reached from the official’s home');
  await context.close();
});
