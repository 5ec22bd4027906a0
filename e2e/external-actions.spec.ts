import { DEMO, expect, test } from './fixtures';
import { ExternalActionsPage } from './pages/external-actions-page';
import { ErrorPage } from './pages/error-page';

const ws = DEMO.workspace.slug;
const YEAR = new Date().getFullYear();

test.describe('external actions', () => {
  test('an editor records an action with partners, departments, competencies, budget and expected returns, then an observed return, and finds it in the matrix, the gap and the budget', async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(240_000);
    const actions = await signInAs('editor', ExternalActionsPage);
    const a = actions.a;
    const stamp = Date.now().toString(36);
    const department = `Direction e2e ${stamp}`;
    const title = `Coopération e2e ${stamp}`;
    const expectedText = `Cofinancements européens ${stamp}`;

    // A department of our own, so that its budget and matrix column hold only this action.
    await actions.createDepartment(ws, department);

    // The gap before: what the demo already holds for "new resources".
    await actions.gotoReturnsGap(ws);
    const before = await actions.gapRow(a.returnCategories.new_resources);

    // Bad input first: a clear message next to the field, nothing created.
    await actions.openNewForm(ws);
    await actions.addBudgetLine(1, { year: YEAR, amount: 'douze', source: a.fundingSources.eu });
    await actions.submitButton(a.create).click();
    await expect(page.getByText(a.validation.titleLength)).toBeVisible();
    await expect(page.getByText(a.validation.amountFormat)).toBeVisible();
    await expect(page).toHaveURL(/\/actions\/new$/);
    await actions.expectAccessible('new action form with errors');

    await actions.fillBasics({ title, type: a.types.twinning, status: a.statuses.running, rationales: [a.rationales.exchange, a.rationales.solidarity] });
    await actions.pick(a.fields.partners, a.form.addPartner, 'Commune de Tamboura');
    // The partner's country comes with it.
    await expect(actions.group(a.fields.countries).getByRole('listitem').filter({ hasText: 'Bénin' })).toBeVisible();
    await actions.pick(a.fields.actors, a.form.addActor, 'Val-Solidarité Sénégal');
    await actions.addDepartment(1, department, a.modes.co_construction);
    await actions.addCompetency(1, 'Routes départementales', 'Les techniciens des routes forment les cantonniers de Tamboura.');
    await actions.tickSdg(a.sdgs.sdg6);
    const line = actions.group(a.form.budgetLineN.replace('{n}', '1'));
    await actions.textbox(a.fields.amount, line).fill('12 345');
    await actions.select(a.fields.budgetDepartment, line).selectOption({ label: department });
    await actions.addExpectedReturn(1, {
      category: a.returnCategories.new_resources,
      description: expectedText,
      indicator: 'Subventions obtenues',
      target: '1',
    });
    await expect(page.getByText(/Total : 12\s345\s€/)).toBeVisible();
    await actions.submitButton(a.create).click();

    // The action's page shows everything that was linked.
    await expect(actions.heading).toHaveText(title);
    await actions.expectAccessible('new action page');
    await expect(actions.section(a.detail.partnersActors).getByRole('link', { name: 'Commune de Tamboura' })).toBeVisible();
    await expect(actions.section(a.detail.partnersActors).getByRole('link', { name: 'Val-Solidarité Sénégal' })).toBeVisible();
    await expect(actions.section(a.detail.departments).getByText(department)).toBeVisible();
    await expect(actions.section(a.detail.departments).getByText(a.modes.co_construction)).toBeVisible();
    await expect(actions.section(a.detail.competencies).getByRole('link', { name: 'Routes départementales' })).toBeVisible();
    await expect(actions.section(a.detail.summary).getByText(a.sdgs.sdg6)).toBeVisible();
    await expect(
      actions
        .section(a.detail.budget)
        .getByRole('cell', { name: /^12\s345\s€$/ })
        .first(),
    ).toBeVisible();
    const returns = actions.section(a.detail.returns);
    await expect(returns.getByText(expectedText, { exact: true })).toBeVisible();
    await expect(returns.getByText(a.detail.notObservedYet)).toBeVisible();

    // An observed return answering the expected one: its category follows.
    await actions.recordObserved({
      answers: expectedText,
      description: 'Une subvention européenne a été obtenue pour la deuxième phase.',
      evidence: 'Convention de subvention',
      date: `${YEAR - 1}-10-01`,
      value: '30 000 €',
    });
    await expect(returns.getByText('Une subvention européenne a été obtenue pour la deuxième phase.')).toBeVisible();
    await expect(returns.getByText(a.detail.notObservedYet)).toHaveCount(0);
    await actions.expectAccessible('action page with an observed return');

    // The matrix by department: the cell of our department and competency opens the action.
    await actions.gotoMatrix(ws, 'department');
    const cell = actions.matrixCell('Routes départementales', department);
    await expect(cell).toHaveText('1');
    await cell.click();
    await expect(actions.heading).toHaveText(a.title);
    await expect(actions.count).toHaveText('1 action');
    await expect(actions.rowLink(title)).toBeVisible();
    await actions.expectAccessible('register opened from the matrix');

    // The returns gap counts the new expected return as observed.
    await actions.gotoReturnsGap(ws);
    const after = await actions.gapRow(a.returnCategories.new_resources);
    expect(after.expected).toBe(before.expected + 1);
    expect(after.met).toBe(before.met + 1);
    expect(after.observed).toBe(before.observed + 1);
    expect(after.unexpected).toBe(before.unexpected);

    // The consolidated budget: our department carries exactly this line, in the European column.
    await actions.gotoBudget(ws);
    const departmentRow = actions.budgetRow(a.budget.byDepartmentCaption, department);
    await expect(departmentRow.getByRole('cell').last()).toHaveText(/^12\s345\s€$/);
    await expect(actions.budgetRow(a.budget.byCompetencyCaption, 'Routes départementales').getByRole('cell').last()).toHaveText(/^12\s345\s€$/);
  });

  test('a contributor edits the actions of their department only', async ({ page, axe, signInAs }) => {
    test.setTimeout(180_000);
    const actions = await signInAs('contributor', ExternalActionsPage);
    const a = actions.a;
    const mine = 'Festival des Suds : coproduction avec Zielonów';
    const notMine = 'Adhésion à l’AFCCRE, section française du CCRE';

    await actions.gotoRegister(ws);
    const notMineId = await actions.actionId(notMine);
    await actions.openAction(notMine);
    await expect(page.getByRole('link', { name: a.edit, exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: a.observed.submit })).toHaveCount(0);
    const response = await page.goto(`/${ws}/actions/${notMineId}/edit`);
    expect(response?.status()).toBe(403);
    await new ErrorPage(page, axe).expectForbidden();

    await actions.gotoRegister(ws);
    await actions.openAction(mine);
    await actions.openEditForm();
    const note = `Bilan partagé avec Zielonów (${Date.now().toString(36)}).`;
    await actions.textbox(a.fields.description).fill(note);
    await actions.submitButton(a.save).click();
    await expect(actions.heading).toHaveText(mine);
    await expect(actions.section(a.detail.summary).getByText(note)).toBeVisible();
    await actions.expectAccessible('action edited by its department');

    // Their department's record is theirs to edit; another department's is not.
    const d = actions.t.departments;
    await actions.gotoView(ws, '/departments', d.title);
    await expect(page.getByRole('link', { name: d.new })).toHaveCount(0);
    await page.getByRole('link', { name: 'Direction de la culture et du patrimoine', exact: true }).click();
    await expect(actions.heading).toHaveText('Direction de la culture et du patrimoine');
    await expect(page.getByRole('link', { name: d.edit })).toBeVisible();
    await actions.expectAccessible('own department');
    await page.getByRole('link', { name: d.edit }).click();
    await expect(actions.heading).toHaveText(d.editTitleOf.replace('{name}', 'Direction de la culture et du patrimoine'));
    await expect(page.getByText(d.pointPersonLockedHint)).toBeVisible();
    await actions.expectAccessible('own department form');
    await actions.gotoView(ws, '/departments', d.title);
    await page.getByRole('link', { name: 'Direction de l’action sociale et de l’enfance', exact: true }).click();
    await expect(page.getByRole('link', { name: d.edit })).toHaveCount(0);
  });

  test('a partner sees only the actions shared with their authority', async ({ page, axe, signIn, browser, signInAs }) => {
    test.setTimeout(180_000);
    // An action not shared with Nioro-Kaya, found by an editor.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, DEMO.accounts.editor.email);
    const asEditor = new ExternalActionsPage(editorPage, axe);
    await asEditor.gotoRegister(ws);
    const hidden = await asEditor.actionId('Salon international du tourisme de Milan');
    await editorContext.close();

    const actions = await signInAs('partner', ExternalActionsPage);
    // The partner's shell offers only the partnership space; the joint actions open from there.
    await page.goto(`/${ws}`);
    await expect(actions.shell.nav.getByRole('link', { name: actions.t.nav.partnerships })).toBeVisible();
    await expect(actions.shell.nav.getByRole('link', { name: actions.t.nav.actions })).toHaveCount(0);
    await expect(actions.shell.nav.getByRole('link', { name: actions.t.nav.actors })).toHaveCount(0);
    await actions.gotoRegister(ws);
    await expect(actions.count).toHaveText('3 actions');
    for (const title of [
      'Nioro-Kaya : santé maternelle et infantile',
      'Nioro-Kaya : correspondances numériques entre collèges',
      'Accueil d’artistes de Nioro-Kaya au Festival des Suds',
    ]) {
      await expect(actions.rowLink(title)).toBeVisible();
    }
    await expect(page.getByRole('navigation', { name: actions.a.tabs.label })).toHaveCount(0);
    await expect(page.getByRole('link', { name: actions.a.new })).toHaveCount(0);
    await actions.openAction('Nioro-Kaya : santé maternelle et infantile');
    await expect(page.getByText(actions.a.detail.sharedWith)).toBeVisible();
    await expect(page.getByRole('link', { name: actions.a.edit, exact: true })).toHaveCount(0);

    const notFound = await page.goto(`/${ws}/actions/${hidden}`);
    expect(notFound?.status()).toBe(404);
    await new ErrorPage(page, axe).expectNotFound();
    for (const path of ['/matrix', '/returns', '/budget', '/blind-spots', '/competencies', '/departments', '/new']) {
      const response = await page.goto(`/${ws}/actions${path}`);
      expect(response?.status(), path).toBe(403);
    }
    await new ErrorPage(page, axe).expectForbidden();
  });

  test('an elected official reads every view without editing anything', async ({ page, axe, signInAs }) => {
    test.setTimeout(180_000);
    const actions = await signInAs('reviewer', ExternalActionsPage);
    const a = actions.a;
    await actions.gotoRegister(ws, '?competency=none');
    await expect(actions.rowLink('Mission de la Région au Viêt Nam : volet coopération')).toBeVisible();
    await expect(page.getByRole('link', { name: a.new })).toHaveCount(0);
    for (const by of ['type', 'rationale', 'status'] as const) await actions.gotoMatrix(ws, by);
    await expect(actions.matrixCell('Collèges', a.statuses.running)).toHaveText('2');
    await actions.gotoReturnsGap(ws);
    const economic = await actions.gapRow(a.returnCategories.economic);
    expect(economic.expected).toBeGreaterThan(5);
    expect(economic.met).toBe(0);
    await actions.gotoBudget(ws);
    await actions.gotoView(ws, '/blind-spots', a.blindSpots.title);
    await expect(
      page.getByRole('region', { name: new RegExp(`^${a.blindSpots.departmentsNever}`) }).getByText('Direction des routes et des mobilités'),
    ).toBeVisible();
    await actions.gotoView(ws, '/competencies', actions.t.competencies.title);
    await expect(page.getByRole('button', { name: actions.t.competencies.hide })).toHaveCount(0);
    await actions.gotoView(ws, '/departments', actions.t.departments.title);
    await actions.gotoRegister(ws);
    await actions.openAction('Tamboura : accès à l’eau potable et assainissement');
    await expect(page.getByRole('link', { name: a.edit, exact: true })).toHaveCount(0);
    const response = await page.goto(`/${ws}/actions/new`);
    expect(response?.status()).toBe(403);
    await new ErrorPage(page, axe).expectForbidden();
  });
});
