import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

type Messages = import('./base-page').Messages;
type ActionTexts = Messages['externalActions'];

export type NewBudgetLine = { year: number; amount: string; source: string; department?: string; label?: string };
export type NewExpectedReturn = { category: string; description: string; indicator?: string; target?: string };

/**
 * /[workspace]/actions and its views: the register, an action's page and form, the competencies
 * matrix, the returns gap, the consolidated budget, the blind spots, competencies and departments.
 */
export class ExternalActionsPage extends WorkspacePage {
  get a(): ActionTexts {
    return this.t.externalActions;
  }

  // ------------------------------------------------------------------ register

  async gotoRegister(slug: string, query = '') {
    await this.page.goto(`/${slug}/actions${query}`);
    await expect(this.heading).toHaveText(this.a.title);
    await this.expectAccessible(`actions register ${query}`);
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  rowLink(title: string): Locator {
    return this.table.getByRole('link', { name: title, exact: true });
  }

  /** The "N actions" status above the table. */
  get count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /action/ });
  }

  /** The id of an action, read from its link in the register. */
  async actionId(title: string): Promise<string> {
    const href = await this.rowLink(title).getAttribute('href');
    return href!.split('/').pop()!;
  }

  async openAction(title: string) {
    await this.rowLink(title).click();
    await expect(this.heading).toHaveText(title);
    await this.expectAccessible(`action ${title}`);
  }

  // ------------------------------------------------------------------ the form

  async openNewForm(slug: string) {
    await this.page.goto(`/${slug}/actions/new`);
    await expect(this.heading).toHaveText(this.a.newTitle);
    await this.hydrated(this.submitButton(this.a.create));
    await this.expectAccessible('new action form');
  }

  async openEditForm() {
    await this.page.getByRole('link', { name: this.a.edit, exact: true }).click();
    await this.hydrated(this.submitButton(this.a.save));
    await this.expectAccessible('edit action form');
  }

  submitButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A text field by its label (the required marker is hidden from assistive technologies). */
  textbox(label: string, within: Locator | null = null): Locator {
    return (within ?? this.page).getByRole('textbox', { name: label, exact: true });
  }

  select(label: string, within: Locator | null = null): Locator {
    return (within ?? this.page).getByRole('combobox', { name: label, exact: true });
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  async fillBasics(values: { title: string; type: string; status: string; rationales: string[]; description?: string }) {
    await this.textbox(this.a.fields.title).fill(values.title);
    if (values.description) await this.textbox(this.a.fields.description).fill(values.description);
    await this.select(this.a.fields.type).selectOption({ label: values.type });
    await this.select(this.a.fields.status).selectOption({ label: values.status });
    for (const r of values.rationales) await this.page.getByRole('checkbox', { name: r, exact: true }).check();
  }

  /** Picks an item in one of the multi-pickers (partners, countries, territorial actors). */
  async pick(legend: string, addLabel: string, option: string) {
    const picker = this.group(legend);
    await this.select(addLabel, picker).selectOption({ label: option });
    await picker.getByRole('button', { name: this.a.form.pickerAdd, exact: true }).click();
    await expect(picker.getByRole('listitem').filter({ hasText: option })).toBeVisible();
  }

  async addDepartment(n: number, department: string, mode: string) {
    await this.page.getByRole('button', { name: this.a.form.addDepartment }).click();
    const row = this.group(this.a.form.departmentN.replace('{n}', String(n)));
    await this.select(this.a.fields.department, row).selectOption({ label: department });
    await this.select(this.a.fields.mode, row).selectOption({ label: mode });
  }

  async addCompetency(n: number, competency: string, reason: string) {
    await this.page.getByRole('button', { name: this.a.form.addCompetency }).click();
    const row = this.group(this.a.form.competencyN.replace('{n}', String(n)));
    await this.select(this.a.fields.competency, row).selectOption({ label: competency });
    await this.textbox(this.a.fields.reason, row).fill(reason);
  }

  async tickSdg(label: string) {
    await this.page.getByRole('checkbox', { name: label, exact: true }).check();
  }

  async addBudgetLine(n: number, line: NewBudgetLine) {
    await this.page.getByRole('button', { name: this.a.form.addBudgetLine }).click();
    const row = this.group(this.a.form.budgetLineN.replace('{n}', String(n)));
    await row.getByRole('spinbutton', { name: this.a.fields.year, exact: true }).fill(String(line.year));
    await this.textbox(this.a.fields.amount, row).fill(line.amount);
    await this.select(this.a.fields.fundingSource, row).selectOption({ label: line.source });
    if (line.department) await this.select(this.a.fields.budgetDepartment, row).selectOption({ label: line.department });
    if (line.label) await this.textbox(this.a.fields.label, row).fill(line.label);
  }

  async addExpectedReturn(n: number, r: NewExpectedReturn) {
    await this.page.getByRole('button', { name: this.a.form.addExpected }).click();
    const row = this.group(this.a.form.expectedN.replace('{n}', String(n)));
    await this.select(this.a.fields.category, row).selectOption({ label: r.category });
    await this.textbox(this.a.fields.returnDescription, row).fill(r.description);
    if (r.indicator) await this.textbox(this.a.fields.indicator, row).fill(r.indicator);
    if (r.target) await this.textbox(this.a.fields.target, row).fill(r.target);
  }

  // ------------------------------------------------------------------ the action page

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Records an observed return from the action's page; `answers` is the expected return's description. */
  async recordObserved(values: { answers?: string; category?: string; description: string; evidence: string; date: string; value?: string }) {
    const submit = this.submitButton(this.a.observed.submit);
    await this.hydrated(submit);
    const returns = this.section(this.a.detail.returns);
    if (values.answers) {
      const select = this.select(this.a.fields.answers, returns);
      const label = await select.locator('option', { hasText: values.answers }).textContent();
      await select.selectOption({ label: label! });
    }
    if (values.category) await this.select(this.a.fields.category, returns).selectOption({ label: values.category });
    await this.textbox(this.a.fields.returnDescription, returns).fill(values.description);
    await this.textbox(this.a.fields.evidence, returns).fill(values.evidence);
    await returns.getByLabel(this.a.fields.observedOn).fill(values.date);
    if (values.value) await this.textbox(this.a.fields.value, returns).fill(values.value);
    await submit.click();
    await expect(this.page.getByRole('status').filter({ hasText: this.a.observed.added })).toBeVisible();
  }

  // ------------------------------------------------------------------ the views

  async gotoMatrix(slug: string, by: 'type' | 'rationale' | 'status' | 'department' = 'type') {
    await this.page.goto(`/${slug}/actions/matrix?by=${by}`);
    await expect(this.heading).toHaveText(this.a.matrix.title);
    await this.expectAccessible(`matrix by ${by}`);
  }

  /** The link of a matrix cell, named "N action(s) : competency, column". */
  matrixCell(competency: string, column: string): Locator {
    return this.page.getByRole('table').getByRole('link', { name: new RegExp(`^\\d+ actions? ?: ${escape(competency)}, ${escape(column)}$`) });
  }

  async gotoReturnsGap(slug: string) {
    await this.page.goto(`/${slug}/actions/returns`);
    await expect(this.heading).toHaveText(this.a.returns.title);
    await this.expectAccessible('returns gap');
  }

  /** The figures of one category in the gap table: expected, met, share, observed, unexpected. */
  async gapRow(category: string) {
    const table = this.page.getByRole('table', { name: this.a.returns.caption });
    const row = table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: category, exact: true }) });
    const cells = await row.getByRole('cell').allTextContents();
    return { expected: Number(cells[0]), met: Number(cells[1]), share: cells[2], observed: Number(cells[3]), unexpected: Number(cells[4]) };
  }

  async gotoBudget(slug: string) {
    await this.page.goto(`/${slug}/actions/budget`);
    await expect(this.heading).toHaveText(this.a.budget.title);
    await this.expectAccessible('budget');
  }

  /** The cells (years…, total) of one row of a budget table. */
  budgetRow(caption: string, label: string): Locator {
    const table = this.page.getByRole('table', { name: caption });
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** Creates a department from its form and lands on its page. */
  async createDepartment(slug: string, name: string) {
    const d = this.t.departments;
    await this.page.goto(`/${slug}/actions/departments/new`);
    await expect(this.heading).toHaveText(d.newTitle);
    await this.hydrated(this.submitButton(d.create));
    await this.expectAccessible('new department form');
    await this.textbox(d.fields.name).fill(name);
    await this.submitButton(d.create).click();
    await expect(this.heading).toHaveText(name);
    await this.expectAccessible('department page');
  }

  async gotoView(slug: string, path: string, heading: string) {
    await this.page.goto(`/${slug}/actions${path}`);
    await expect(this.heading).toHaveText(heading);
    await this.expectAccessible(`actions view ${path}`);
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
