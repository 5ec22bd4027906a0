import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/partnerships: a partnership's space and its shared sections (issue 9). */
export class PartnershipPage extends WorkspacePage {
  get p() {
    return this.t.partnerships;
  }

  /** Opens the partnership space through the list (a partner is sent straight to theirs). */
  async gotoSpace(slug: string, title: string) {
    await this.page.goto(`/${slug}/partnerships`);
    if (!(await this.heading.textContent())?.includes(title)) {
      await this.page.getByRole('link', { name: title, exact: true }).click();
    }
    await expect(this.heading).toHaveText(title);
    await this.expectAccessible('partnership space');
  }

  /** From the list, creates a partnership with the first partner authority offered; lands on its space. */
  async create(slug: string, title: string) {
    await this.page.goto(`/${slug}/partnerships`);
    const actor = this.page.getByRole('combobox', { name: this.p.fields.actor, exact: true });
    await this.hydrated(actor);
    const first = (await actor.getByRole('option').allTextContents()).find((label) => label !== this.p.choose);
    expect(first, 'a partner authority without a partnership in the demo').toBeTruthy();
    await actor.selectOption({ label: first! });
    await this.page.getByRole('textbox', { name: this.p.fields.title, exact: true }).fill(title);
    await this.page.getByRole('button', { name: this.p.create }).click();
    await expect(this.heading).toHaveText(title, { timeout: 15_000 });
    return this.page.url();
  }

  /** From its space, renames the partnership; `expectError` names the field error expected instead. */
  async rename(to: string, expectError?: string) {
    const region = this.region(this.p.renameTitle);
    const field = region.getByRole('textbox', { name: this.p.fields.title, exact: true });
    await this.hydrated(field);
    await field.fill(to);
    await region.getByRole('button', { name: this.p.rename, exact: true }).click();
    if (expectError) {
      await expect(field).toHaveAccessibleDescription(expectError);
      return;
    }
    await expect(region.getByRole('status')).toHaveText(this.p.renamed);
    await expect(this.heading).toHaveText(to);
    await expect(field).toHaveValue(to);
  }

  /** From its space, deletes the partnership after confirming; lands on the list. */
  async remove(title: string) {
    const button = this.page.getByRole('button', { name: this.p.delete, exact: true });
    await this.hydrated(button);
    await button.click();
    const confirm = this.page.getByRole('group', { name: this.p.deleteConfirm.replace('{title}', title) });
    await expect(confirm).toBeVisible();
    await this.expectAccessible('partnership deletion confirmation');
    await confirm.getByRole('button', { name: this.p.confirmDelete }).click();
    await expect(this.heading).toHaveText(this.p.title, { timeout: 15_000 });
  }

  /** From the space, opens a shared section by its title. */
  async openSection(title: string) {
    await this.page.getByRole('region', { name: this.p.sharedSections }).getByRole('link', { name: title, exact: true }).click();
    await expect(this.heading).toHaveText(title);
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get original(): Locator {
    return this.region(this.p.translation.original);
  }

  translation(language: string): Locator {
    return this.region(this.p.translation.heading.replace('{language}', language));
  }

  editor(name: string): Locator {
    return this.page.getByRole('textbox', { name: this.t.document.editorLabel.replace('{title}', name), exact: true });
  }

  /** Waits until the editor of a region is connected, synced and has nothing left to send. */
  async expectSaved(region: Locator, timeout = 15_000) {
    await expect(region.getByRole('status').filter({ hasText: this.t.document.status.connected })).toBeVisible({ timeout });
  }

  /** Puts the caret at the end of a region's editor. */
  async focusEnd(region: Locator, editorName: string) {
    await this.expectSaved(region);
    await this.editor(editorName).click();
    await this.page.keyboard.press('Control+End');
  }
}
