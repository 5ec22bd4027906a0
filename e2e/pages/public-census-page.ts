import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** /q/[token]: the public census questionnaire, without an account. */
export class PublicCensusPage extends BasePage {
  get f() {
    return this.t.census.form;
  }

  async goto(url: string) {
    await this.page.goto(url);
    await expect(this.heading).toHaveText(this.t.census.public.title);
  }

  async expectForm() {
    await this.hydrated(this.submitButton);
    await this.expectAccessible('public census form');
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: this.f.submit });
  }

  textbox(label: string, within: Locator | null = null): Locator {
    return (within ?? this.page).getByRole('textbox', { name: label, exact: true });
  }

  select(label: string, within: Locator | null = null): Locator {
    return (within ?? this.page).getByRole('combobox', { name: label, exact: true });
  }

  /** The fieldset of the n-th international link (1-based). */
  link(n: number): Locator {
    return this.page.getByRole('group', { name: this.f.linkN.replace('{n}', String(n)) });
  }

  async fillOrganisation(values: { organisation: string; category: string; city: string }) {
    await this.textbox(this.f.organisation).fill(values.organisation);
    await this.select(this.f.category).selectOption({ label: values.category });
    await this.textbox(this.f.city).fill(values.city);
  }

  async fillContact(values: { name: string; email: string }) {
    await this.textbox(this.f.contactName).fill(values.name);
    await this.textbox(this.f.contactEmail).fill(values.email);
  }

  get consent(): Locator {
    return this.page.getByRole('checkbox');
  }

  async fillLink(n: number, values: { country: string; partner: string; kind: string; frequency: string; potential?: string }) {
    const link = this.link(n);
    await this.select(this.f.country, link).selectOption({ label: values.country });
    await this.textbox(this.f.partner, link).fill(values.partner);
    await this.select(this.f.kind, link).selectOption({ label: values.kind });
    await this.select(this.f.frequency, link).selectOption({ label: values.frequency });
    if (values.potential) await this.textbox(this.f.potential, link).fill(values.potential);
  }

  get thanks(): Locator {
    return this.page.getByRole('heading', { name: this.f.thanksTitle });
  }

  /** The message of a link that takes no answers (closed, ended or unknown). */
  get statusMessage(): Locator {
    return this.page.getByRole('status');
  }
}
