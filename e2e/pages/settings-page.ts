import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/settings: the authority's profile form (admins). */
export class SettingsPage extends WorkspacePage {
  readonly population: Locator = this.page.getByRole('spinbutton', { name: this.t.workspace.population, exact: true });
  readonly save: Locator = this.page.getByRole('button', { name: this.t.workspace.save, exact: true });
  readonly savedMessage: Locator = this.page.getByRole('status').filter({ hasText: this.t.workspace.saved });

  async goto(slug: string) {
    await this.page.goto(`/${slug}/settings`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toHaveText(this.t.workspace.profileTitle);
    await this.expectTitle(this.t.nav.profile);
    await this.hydrated(this.save);
    await this.expectAccessible('profile settings');
  }

  async setPopulation(value: string) {
    await this.population.fill(value);
    await this.save.click();
  }
}
