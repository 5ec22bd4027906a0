import type { Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]: the authority's profile and team figures. */
export class OverviewPage extends WorkspacePage {
  get profile(): Locator {
    return this.page.getByRole('region', { name: this.t.overview.profile });
  }

  /** The value shown for one fact of the profile (a <dt>/<dd> pair). */
  fact(term: string): Locator {
    return this.profile.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  get population(): Locator {
    return this.fact(this.t.workspace.population);
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}`);
  }

  async expectLoaded(workspaceName: string) {
    await this.expectScreen(workspaceName, this.profile, this.t.overview.title, 'overview');
  }
}
