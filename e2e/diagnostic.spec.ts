import { DEMO, expect, test } from './fixtures';
import { DiagnosticPage } from './pages/diagnostic-page';
import { ErrorPage } from './pages/error-page';
import { findRule } from '../lib/diagnostic/rules';

const ws = DEMO.workspace.slug;
const year = new Date().getFullYear();

test.describe('internationalisation diagnostic', () => {
  test('an editor answers a dimension, completes a diagnostic, reads its profile against last year and tracks a recommendation', async ({ page, signInAs }) => {
    // Some twenty screens, each scanned by axe: generous on a loaded two-core machine.
    test.setTimeout(240_000);
    const diag = await signInAs('editor', DiagnosticPage);
    await diag.gotoList(ws);
    await expect(diag.listTable.getByRole('link', { name: `Autodiagnostic ${year - 1}` })).toBeVisible();
    await expect(diag.listTable.getByRole('link', { name: `Autodiagnostic ${year}` })).toBeVisible();

    const title = `Diagnostic e2e ${Date.now().toString(36)}`;
    await diag.createDiagnostic(title);

    // Answer a whole dimension, with evidence, and check what was saved survives a reload.
    await diag.openDimension('vision');
    const vision = diag.dimension('vision');
    for (const [i, q] of vision.questions.entries()) await diag.chooseLevel('vision', q.key, i === 1 ? 1 : 3);
    await diag.giveEvidence('vision', 'vision.common_thread', 'Les jumelages et la coopération sont suivis séparément.');
    await diag.save(vision.questions.length);
    await page.reload();
    await expect(diag.question('vision', 'vision.common_thread').getByRole('radio', { checked: true })).toHaveAccessibleName(/^Niveau 1 /);
    await expect(diag.question('vision', 'vision.common_thread').getByRole('textbox')).toHaveValue(/suivis séparément/);

    // A bad figure is refused beside its question, and nothing is saved.
    await diag.switchDimension('body');
    await diag.question('body', 'body.staff_fte').getByRole('spinbutton').fill('-2');
    await diag.chooseLevel('body', 'body.dedicated', 2);
    await page.getByRole('button', { name: diag.d.saveAnswers }).click();
    await expect(diag.question('body', 'body.staff_fte').getByText(diag.d.validation.numberRange)).toBeVisible();
    await diag.question('body', 'body.staff_fte').getByRole('spinbutton').fill('1.5');
    await diag.save(2);

    // One scored answer in every other dimension, so that the diagnostic can be completed.
    for (const dimension of diag.questionnaire.dimensions.filter((d) => !['vision', 'body'].includes(d.key))) {
      await diag.switchDimension(dimension.key);
      const first = dimension.questions.find((q) => q.kind === 'maturity')!;
      await diag.chooseLevel(dimension.key, first.key, 2);
      await diag.save(1);
    }

    await diag.gotoTab('progress');
    await expect(diag.progressTable.getByRole('row')).toHaveCount(11);
    await diag.expectAccessible('progress, every dimension started');
    await diag.complete();

    // Results: the radar, the table beside it, last year's figures, the findings.
    await expect(diag.radar).toBeVisible();
    await expect(diag.profileTable.getByRole('columnheader', { name: new RegExp(`Autodiagnostic ${year - 1}`) })).toBeVisible();
    await expect(diag.profileTable.getByRole('row', { name: new RegExp(vision.title.fr) })).toContainText('61');
    const noThread = findRule('no_common_thread')!.finding.fr;
    await expect(diag.finding(noThread)).toBeVisible();
    await expect(page.getByRole('heading', { name: new RegExp(`Ce qui a changé depuis Autodiagnostic ${year - 1}`) })).toBeVisible();
    await diag.expectAccessible('results with comparison');

    // The recommendation becomes a follow-up item, whose status then moves on.
    await diag.turnIntoFollowUp(noThread, `${year + 1}-06-30`);
    const item = diag.followUpTable.getByRole('row', { name: new RegExp(findRule('no_common_thread')!.recommendation.fr.slice(0, 30)) });
    await expect(item).toBeVisible();
    await item.getByRole('combobox').selectOption({ label: diag.d.followUp.statuses.in_progress });
    await item.getByRole('button', { name: new RegExp(diag.d.followUp.apply) }).click();
    await expect(item.getByRole('combobox')).toHaveValue('in_progress');
    await expect(item.getByRole('button', { name: new RegExp(diag.d.followUp.apply) })).toBeDisabled();
    await diag.expectAccessible('results with a follow-up item');

    // The diagnostic is frozen: its dimensions are read-only.
    await diag.gotoTab('progress');
    await expect(page.getByText(/ses réponses sont figées/)).toBeVisible();
    await diag.openDimension('vision');
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByText(diag.d.readOnlyCompleted)).toBeVisible();

    // The printable report, and its print layout without the app's navigation.
    await diag.gotoTab('report');
    await expect(diag.radar).toBeVisible();
    await expect(page.getByRole('heading', { name: diag.d.territory.title })).toBeVisible();
    await diag.expectAccessible('report');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: diag.t.nav.label })).toBeHidden();
    await expect(page.getByRole('button', { name: diag.d.print })).toBeHidden();
    await expect(diag.profileTable).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  test('a contributor sees and answers only the dimensions assigned to them', async ({ page, axe, signInAs }) => {
    test.setTimeout(120_000);
    const diag = await signInAs('contributor', DiagnosticPage);
    await diag.gotoList(ws);
    await diag.openDiagnostic(`Autodiagnostic ${year}`);
    const rows = diag.progressTable.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(diag.progressTable.getByRole('link', { name: diag.dimension('mobilisation').title.fr })).toBeVisible();
    await expect(diag.progressTable.getByRole('link', { name: diag.dimension('civil_society').title.fr })).toBeVisible();
    await expect(page.getByRole('button', { name: diag.d.complete })).toHaveCount(0);

    await diag.openDimension('civil_society');
    await diag.chooseLevel('civil_society', 'civil_society.network', 3);
    await diag
      .question('civil_society', 'civil_society.calls_for_projects')
      .getByRole('radio', { name: /aucun critère/ })
      .check();
    await diag.save(2);

    // Another dimension, typed in the address bar, is refused.
    await page.goto(page.url().replace(/civil_society$/, 'vision'));
    await new ErrorPage(page, axe).expectForbidden();

    // Their results cover their dimensions only, with the finding their answer produced.
    await page.goBack();
    await diag.gotoTab('results');
    await expect(diag.profileTable.getByRole('row')).toHaveCount(3);
    await expect(diag.finding(findRule('calls_without_home_criteria')!.finding.fr)).toBeVisible();
    await expect(page.getByText(diag.d.followUp.turnInto, { exact: true })).toHaveCount(0);
    await diag.expectAccessible('contributor results');
  });

  test('a reviewer reads completed diagnostics only; a partner has no diagnostic', async ({ page, axe, signIn, signInAs }) => {
    test.setTimeout(90_000);
    const diag = await signInAs('reviewer', DiagnosticPage);
    await diag.gotoList(ws);
    await expect(diag.listTable.getByRole('link', { name: `Autodiagnostic ${year - 1}` })).toBeVisible();
    await expect(diag.listTable.getByRole('link', { name: `Autodiagnostic ${year}`, exact: true })).toHaveCount(0);
    await diag.openDiagnostic(`Autodiagnostic ${year - 1}`);
    await diag.gotoTab('results');
    await expect(diag.radar).toBeVisible();
    await expect(diag.followUpTable).toBeVisible();
    await expect(page.getByText(diag.d.followUp.turnInto, { exact: true })).toHaveCount(0);
    await diag.expectAccessible('reviewer results');

    await diag.shell.signOut();
    await signIn(page, DEMO.accounts.partner.email);
    await page.goto(`/${ws}/diagnostic`);
    await new ErrorPage(page, axe).expectForbidden();
  });
});
