import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace] as the journey's hub: what awaits the reader, then the method's seven steps. */
export class JourneyPage extends WorkspacePage {
  get o() {
    return this.t.overview;
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}`);
    await expect(this.journey).toBeVisible();
    await this.expectAccessible('home journey');
  }

  /** The "awaiting you" card. */
  get mine(): Locator {
    return this.page.getByRole('region', { name: this.o.mine.title });
  }

  get journey(): Locator {
    return this.page.getByRole('region', { name: this.o.journeyTitle });
  }

  /** One step of the journey, found by its numbered heading. */
  step(key: keyof JourneyPage['o']['steps']): Locator {
    return this.journey
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^\\d\\. ${this.o.steps[key].title}\\b`) }) });
  }
}
