import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** /invite/[token]: a newcomer sets a name and password to join a workspace. */
export class InvitePage extends BasePage {
  readonly name: Locator = this.page.getByRole('textbox', { name: this.t.invite.name, exact: true });
  readonly password: Locator = this.page.getByRole('textbox', { name: this.t.invite.password, exact: true });
  readonly confirm: Locator = this.page.getByRole('textbox', { name: this.t.invite.confirm, exact: true });
  readonly submit: Locator = this.page.getByRole('button', { name: this.t.invite.submit });
  /** The notice shown instead of the form when the link can no longer be used. */
  readonly statusNotice: Locator = this.page.getByRole('main').getByRole('status');

  async goto(link: string) {
    await this.page.goto(link);
    await expect(this.heading).toHaveText(this.t.invite.title);
    await this.expectTitle(this.t.invite.title);
  }

  async expectForm() {
    await this.hydrated(this.submit);
    await this.expectAccessible('invitation form');
  }

  async expectStatus(status: 'used' | 'expired' | 'unknown') {
    await expect(this.statusNotice).toHaveText(this.t.invite[`status_${status}`]);
    await this.expectAccessible(`invitation ${status}`);
  }

  async accept(name: string, password: string, confirm = password) {
    await this.name.fill(name);
    await this.password.fill(password);
    await this.confirm.fill(confirm);
    await this.submit.click();
  }
}
