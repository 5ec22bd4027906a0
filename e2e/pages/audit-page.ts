import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/audit: the workspace's audit log (admins). */
export class AuditPage extends WorkspacePage {
  get table(): Locator {
    return this.page.getByRole('table', { name: this.t.audit.title });
  }

  /** Log rows whose text (action, person, changes) contains `text`. */
  entries(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}/audit`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toHaveText(this.t.audit.title);
    await expect(this.table).toBeVisible();
    await this.expectTitle(this.t.nav.audit);
    await this.expectAccessible('audit log');
  }
}
