import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/strategy and its screens: coherence, edit, axis, placements, indicators, map. */
export class StrategyPage extends WorkspacePage {
  get s() {
    return this.t.strategy;
  }

  textbox(name: string, scope: Locator | null = null): Locator {
    return (scope ?? this.page).getByRole('textbox', { name, exact: true });
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/strategy`, this.s.title, 'strategy overview');
  }

  /** A coherence check's card, found by its heading. */
  check(key: keyof StrategyPage['s']['checks']): Locator {
    return this.page.locator('li.check').filter({ has: this.page.getByRole('heading', { level: 3, name: this.s.checks[key].title }) });
  }

  async expectCheck(key: keyof StrategyPage['s']['checks'], passed: boolean) {
    await expect(this.check(key)).toHaveAttribute('data-passed', String(passed));
  }

  async writeThread(vision: string, thread: string) {
    await this.page.getByRole('link', { name: this.s.editThread }).click();
    await expect(this.heading).toHaveText(this.s.edit.title);
    await this.expectAccessible('edit the thread');
    const submit = this.page.getByRole('button', { name: this.s.saveStrategy });
    await this.hydrated(submit);
    await this.textbox(this.s.fields.vision).fill(vision);
    await this.textbox(this.s.fields.thread).fill(thread);
    await submit.click();
    await expect(this.heading).toHaveText(this.s.title);
    await expect(this.page.getByText(thread, { exact: true })).toBeVisible();
  }

  async createAxis(title: string, objectives: string) {
    const submit = this.page.getByRole('button', { name: this.s.createAxis });
    await this.hydrated(submit);
    await this.textbox(this.s.fields.axisTitle).fill(title);
    await this.textbox(this.s.fields.objectives).fill(objectives);
    await submit.click();
    // The new axis appears in the list (the form itself disappears once the fifth axis exists,
    // taking its confirmation with it, so the list is what proves the creation).
    await expect(this.page.getByRole('link', { name: new RegExp(`— ${title}$`) })).toBeVisible();
  }

  async openTab(name: string, heading: string) {
    await this.page.getByRole('navigation', { name: this.s.tabs.label }).getByRole('link', { name, exact: true }).click();
    await expect(this.heading).toHaveText(heading);
    await this.expectAccessible(name);
  }

  /** On the placements page: puts an action on an axis. */
  async placeAction(actionTitle: string, axisTitle: string) {
    const select = this.page.getByRole('combobox', { name: this.s.placements.axisFor.replace('{title}', actionTitle), exact: true });
    await this.hydrated(select);
    await select.selectOption({ label: axisTitle });
    await this.page.getByRole('button', { name: this.s.placements.saveFor.replace('{title}', actionTitle), exact: true }).click();
    await expect(this.page.locator(`tr:has(select#${await select.getAttribute('id')})`).getByRole('status')).toHaveText(this.s.placements.placed);
  }

  async openAxis(title: string) {
    await this.page.getByRole('link', { name: new RegExp(`— ${title}$`) }).click();
    await expect(this.heading).toHaveText(title);
    await this.expectAccessible('axis page');
  }

  async addIndicator(values: { name: string; unit: string; baseline: string; target: string; targetDate: string }) {
    await this.page.getByText(this.s.indicators.new, { exact: true }).click();
    const submit = this.page.getByRole('button', { name: this.s.indicators.create });
    await this.hydrated(submit);
    await this.textbox(this.s.fields.indicatorName).fill(values.name);
    await this.textbox(this.s.fields.unit).fill(values.unit);
    await this.textbox(this.s.fields.baseline).fill(values.baseline);
    await this.textbox(this.s.fields.target).fill(values.target);
    await this.page.getByLabel(this.s.fields.targetDate).fill(values.targetDate);
    await submit.click();
    await expect(this.page.getByText(this.s.indicators.created)).toBeVisible();
    await expect(this.page.getByRole('link', { name: values.name, exact: true })).toBeVisible();
  }

  async openIndicator(name: string) {
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await expect(this.heading).toHaveText(name);
    await this.expectAccessible('indicator page');
  }

  async recordValue(unit: string, value: string, source: string) {
    const submit = this.page.getByRole('button', { name: this.s.values.submit });
    await this.hydrated(submit);
    await this.textbox(this.s.fields.value.replace('{unit}', unit)).fill(value);
    await this.textbox(this.s.fields.source).fill(source);
    await submit.click();
    await expect(this.page.getByText(this.s.values.added)).toBeVisible();
    await expect(this.page.getByRole('table', { name: new RegExp(this.s.values.title) }).getByRole('cell', { name: source })).toBeVisible();
  }
}
