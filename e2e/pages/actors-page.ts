import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/actors and its views: table, record, form, graph, grid and world map. */
export class ActorsPage extends WorkspacePage {
  async gotoTable(slug: string, query = '') {
    await this.page.goto(`/${slug}/actors${query}`);
    await expect(this.heading).toHaveText(this.t.actors.title);
    await this.expectAccessible('actors table');
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  rowLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  async openNewForm(slug: string) {
    await this.page.goto(`/${slug}/actors/new`);
    await expect(this.heading).toHaveText(this.t.actors.newTitle);
    await this.hydrated(this.page.getByRole('button', { name: this.t.actors.create }));
    await this.expectAccessible('new actor form');
  }

  /** A text field by its label (the required marker is hidden from assistive technologies). */
  textbox(label: keyof Messages['actors']['fields']): Locator {
    return this.page.getByRole('textbox', { name: this.t.actors.fields[label], exact: true });
  }

  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  async fillActor(values: { name: string; category: string; country?: string; city?: string; themes?: string; tags?: string; contactName?: string }) {
    await this.textbox('name').fill(values.name);
    await this.select(this.t.actors.fields.category).selectOption({ label: values.category });
    if (values.country) await this.select(this.t.actors.fields.country).selectOption({ label: values.country });
    if (values.city) await this.textbox('city').fill(values.city);
    if (values.themes) await this.textbox('themes').fill(values.themes);
    if (values.tags) await this.textbox('tags').fill(values.tags);
    if (values.contactName) await this.textbox('contactName').fill(values.contactName);
  }

  async submitNew() {
    await this.page.getByRole('button', { name: this.t.actors.create }).click();
  }

  async addRelation(otherName: string, typeLabel: string) {
    const form = this.page.getByRole('button', { name: this.t.actors.relation.submit });
    await this.hydrated(form);
    await this.select(this.t.actors.relation.other).selectOption({ label: otherName });
    await this.select(this.t.actors.relation.type).selectOption({ label: typeLabel });
    await form.click();
    await expect(this.page.getByRole('status').filter({ hasText: this.t.actors.relation.added })).toBeVisible();
  }

  get relationsRegion(): Locator {
    return this.page.getByRole('region', { name: this.t.actors.detail.relations });
  }
}

type Messages = import('./base-page').Messages;
