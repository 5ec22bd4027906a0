import { expect, type Locator, type Page } from '@playwright/test';
import { BasePage } from './base-page';
import { WorkspacePage } from './workspace-page';

/** The blocks of the dashboard, by their key (`data-block`) and message key of their title. */
export const DASHBOARD_BLOCKS = [
  ['review', 'review'],
  ['maturity', 'maturity'],
  ['coherence', 'coherence'],
  ['overdue', 'overdue'],
  ['actions', 'actionsByAxis'],
  ['budget', 'budget'],
  ['returns', 'returns'],
  ['map', 'map'],
] as const;

/** /[workspace]/dashboard: the elected officials' one-page view. */
export class DashboardPage extends WorkspacePage {
  get d() {
    return this.t.dashboard;
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/dashboard`, this.d.title, 'dashboard');
  }

  /** A block, found by its heading. */
  block(title: keyof DashboardPage['d']['blocks']): Locator {
    return this.page.getByRole('region', { name: this.d.blocks[title], exact: true });
  }

  /** The "see details" link of a block (named after the block for assistive technologies). */
  detailsLink(title: keyof DashboardPage['d']['blocks']): Locator {
    return this.block(title).getByRole('link', { name: `${this.d.details} : ${this.d.blocks[title]}` });
  }
}

/** /[workspace]/dashboard/publication: the admin publishes and unpublishes the adopted strategy. */
export class PublicationPage extends WorkspacePage {
  get p() {
    return this.t.publication;
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/dashboard/publication`, this.p.title, 'publication');
  }

  get status(): Locator {
    return this.page.locator('[data-publication-status]');
  }

  blockBox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  async publish(uncheck: string[] = []) {
    const submit = this.page.getByRole('button', { name: this.p.publish, exact: true });
    await this.hydrated(submit);
    for (const title of uncheck) await this.blockBox(title).uncheck();
    await submit.click();
    await expect(this.page.getByRole('status').filter({ hasText: this.p.published })).toBeVisible();
    await expect(this.status).toContainText(this.p.statusPublished.split(' {')[0]!);
    await this.expectAccessible('published');
  }

  async unpublish() {
    const first = this.page.getByRole('button', { name: this.p.unpublish, exact: true });
    await this.hydrated(first);
    await first.click();
    await expect(this.page.getByText(this.p.confirmUnpublish)).toBeVisible();
    await this.page.getByRole('button', { name: this.p.unpublish, exact: true }).click();
    await expect(this.status).toHaveText(this.p.statusUnpublished);
    await this.expectAccessible('unpublished');
  }
}

/** /p/[slug]: the public page of an adopted strategy, read without an account. */
export class PublicStrategyPage extends BasePage {
  constructor(page: Page, axe: ConstructorParameters<typeof BasePage>[1], locale: 'fr' | 'en' = 'fr') {
    super(page, axe, locale);
  }

  get pdfLink(): Locator {
    return this.page.getByRole('link', { name: this.t.public.pdf });
  }
}
