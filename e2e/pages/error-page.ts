import { expect } from '@playwright/test';
import { BasePage } from './base-page';

/** The 403 (app/forbidden.tsx) and 404 (app/not-found.tsx) pages. */
export class ErrorPage extends BasePage {
  async expectForbidden() {
    await expect(this.heading).toHaveText(this.t.errors.forbiddenTitle);
    await expect(this.page.getByRole('link', { name: this.t.errors.home })).toBeVisible();
    await this.expectAccessible('403');
  }

  async expectNotFound() {
    await expect(this.heading).toHaveText(this.t.errors.notFoundTitle);
    await expect(this.page.getByRole('link', { name: this.t.errors.home })).toBeVisible();
    await this.expectAccessible('404');
  }
}
