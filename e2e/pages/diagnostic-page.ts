import { expect, type Locator } from '@playwright/test';
import { getQuestionnaire, type Dimension } from '../../lib/diagnostic/questionnaire';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/diagnostic and its screens: list, progress, a dimension, results, report. */
export class DiagnosticPage extends WorkspacePage {
  readonly questionnaire = getQuestionnaire();

  get d() {
    return this.t.diagnostic;
  }

  dimension(key: string): Dimension {
    return this.questionnaire.dimensions.find((d) => d.key === key)!;
  }

  async gotoList(slug: string) {
    await this.page.goto(`/${slug}/diagnostic`);
    await expect(this.heading).toHaveText(this.d.title);
    await this.expectAccessible('diagnostic list');
  }

  get listTable(): Locator {
    return this.page.getByRole('table', { name: this.d.listTitle });
  }

  async createDiagnostic(title: string) {
    const submit = this.page.getByRole('button', { name: this.d.create });
    await this.hydrated(submit);
    await this.page.getByRole('textbox', { name: this.d.fields.title }).fill(title);
    await submit.click();
    await expect(this.heading).toHaveText(title);
    await expect(this.page).toHaveTitle(new RegExp(title));
    await this.expectAccessible('new diagnostic progress');
  }

  async openDiagnostic(title: string) {
    await this.listTable.getByRole('link', { name: title, exact: true }).click();
    await expect(this.heading).toHaveText(title);
    await expect(this.page).toHaveTitle(new RegExp(this.d.tabs.progress));
    await this.expectAccessible('diagnostic progress');
  }

  get progressTable(): Locator {
    return this.page.getByRole('table', { name: this.d.progressCaption });
  }

  /** Opens a dimension from the progress table. */
  async openDimension(key: string) {
    const dimension = this.dimension(key);
    await this.progressTable.getByRole('link', { name: dimension.title.fr, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: dimension.title.fr })).toBeVisible();
    await expect(this.page).toHaveTitle(new RegExp(dimension.title.fr));
    await this.expectAccessible(`dimension ${key}`);
  }

  /** Opens another dimension through the dimensions' tabs. */
  async switchDimension(key: string) {
    const dimension = this.dimension(key);
    await this.page.getByRole('navigation', { name: this.d.dimensionsLabel }).getByRole('link', { name: dimension.short.fr, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: dimension.title.fr })).toBeVisible();
    await expect(this.page).toHaveTitle(new RegExp(dimension.title.fr));
    await this.expectAccessible(`dimension ${key}`);
  }

  /** The fieldset of a question, named by its legend ("n. prompt"). */
  question(dimensionKey: string, questionKey: string): Locator {
    const dimension = this.dimension(dimensionKey);
    const index = dimension.questions.findIndex((q) => q.key === questionKey);
    return this.page.getByRole('group', { name: `${index + 1}. ${dimension.questions[index]!.prompt.fr}`, exact: true });
  }

  async chooseLevel(dimensionKey: string, questionKey: string, level: number) {
    const radio = this.question(dimensionKey, questionKey).getByRole('radio', { name: new RegExp(`^${this.d.levelLabel.replace('{level}', String(level))} `) });
    await this.hydrated(radio);
    await radio.check();
  }

  async giveEvidence(dimensionKey: string, questionKey: string, text: string) {
    await this.question(dimensionKey, questionKey).getByRole('textbox', { name: this.d.evidence }).fill(text);
  }

  /** Saves the dimension's answers and waits for the confirmation. */
  async save(count: number) {
    await this.page.getByRole('button', { name: this.d.saveAnswers }).click();
    const message = count === 1 ? `${count} réponse enregistrée.` : `${count} réponses enregistrées.`;
    await expect(this.page.getByRole('status').filter({ hasText: message })).toBeVisible();
  }

  async gotoTab(tab: 'progress' | 'results' | 'report') {
    await this.page.getByRole('navigation', { name: this.d.tabsLabel }).getByRole('link', { name: this.d.tabs[tab], exact: true }).click();
    await expect(this.page.getByRole('navigation', { name: this.d.tabsLabel }).getByRole('link', { name: this.d.tabs[tab], exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The title follows client-side navigation a moment later; axe needs it.
    await expect(this.page).toHaveTitle(new RegExp(this.d.tabs[tab]));
  }

  async complete() {
    const button = this.page.getByRole('button', { name: this.d.complete });
    await this.hydrated(button);
    await button.click();
    await this.page.getByRole('button', { name: this.d.completeConfirm }).click();
    await expect(this.page).toHaveURL(/\/results$/);
    await expect(this.page).toHaveTitle(new RegExp(this.d.tabs.results));
    await expect(this.page.getByText(this.d.statuses.completed, { exact: true }).first()).toBeVisible();
  }

  get radar(): Locator {
    return this.page.locator('.radar-box svg.recharts-surface');
  }

  get profileTable(): Locator {
    return this.page.getByRole('table', { name: this.d.profileCaption });
  }

  get findings(): Locator {
    return this.page.getByRole('region', { name: /constat/i }).getByRole('listitem');
  }

  /** A finding's card, by its finding sentence. */
  finding(text: string): Locator {
    return this.page.locator('.finding').filter({ hasText: text });
  }

  async turnIntoFollowUp(findingText: string, dueOn: string) {
    const card = this.finding(findingText);
    await card.getByText(this.d.followUp.turnInto).click();
    const submit = card.getByRole('button', { name: this.d.followUp.create });
    await this.hydrated(submit);
    await card.getByLabel(this.d.followUp.dueOn).fill(dueOn);
    await submit.click();
    await expect(card.getByRole('status').filter({ hasText: this.d.followUp.created })).toBeVisible();
  }

  get followUpTable(): Locator {
    return this.page.getByRole('table', { name: this.d.followUp.listTitle });
  }
}
