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
