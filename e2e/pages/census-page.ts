import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/actors/census: questionnaire links and the moderation queue. */
export class CensusPage extends WorkspacePage {
  get c() {
    return this.t.census;
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/actors/census`, this.c.title, 'census', this.createButton);
  }

  get newLinkRegion(): Locator {
    return this.page.getByRole('region', { name: this.c.links.newTitle });
  }

  get createButton(): Locator {
    return this.newLinkRegion.getByRole('button', { name: this.c.links.create });
  }

  /** Creates a link and returns its public address. */
  async createLink(title: string): Promise<string> {
    await this.newLinkRegion.getByRole('textbox', { name: this.c.links.titleLabel }).fill(title);
    await this.createButton.click();
    const url = this.publicUrl(title);
    await expect(url).toHaveValue(/\/q\/[\w-]{43}$/);
    await this.expectAccessible('census with a new link');
    return url.inputValue();
  }

  publicUrl(title: string): Locator {
    return this.page.getByRole('textbox', { name: this.c.links.publicUrlOf.replace('{title}', title) });
  }

  closeButton(title: string): Locator {
    return this.page.getByRole('button', { name: this.c.links.closeLink.replace('{title}', title) });
  }

  openButton(title: string): Locator {
    return this.page.getByRole('button', { name: this.c.links.openLink.replace('{title}', title) });
  }

  /** A pending answer's card, found by the organisation's name in its heading. */
  answer(organisation: string): Locator {
    return this.page.getByRole('article', { name: organisation });
  }

  acceptButton(organisation: string): Locator {
    return this.answer(organisation).getByRole('button', { name: this.c.moderation.accept.replace('{name}', organisation) });
  }

  async accept(organisation: string) {
    await this.hydrated(this.acceptButton(organisation));
    await this.acceptButton(organisation).click();
    await expect(this.page.getByRole('status').filter({ hasText: this.c.moderation.accepted.replace('{name}', organisation) })).toBeVisible();
    await expect(this.answer(organisation)).toHaveCount(0);
  }

  openActorLink(organisation: string): Locator {
    return this.page.getByRole('link', { name: this.c.moderation.openActor.replace('{name}', organisation) });
  }
}
