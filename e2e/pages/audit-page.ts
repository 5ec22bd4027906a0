import type { Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/audit: the workspace's audit log (admins). */
export class AuditPage extends WorkspacePage {
  readonly table: Locator = this.page.getByRole('table', { name: this.t.audit.title });

  /** Log rows whose text (action, person, changes) contains `text`. */
  entries(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}/audit`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await this.expectScreen(this.t.audit.title, this.table, this.t.nav.audit, 'audit log');
  }
}
