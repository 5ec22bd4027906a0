import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** /account's password and sessions sections, and the forgotten-password and reset-link pages. */
export class AccountSecurityPage extends BasePage {
  readonly passwordSection: Locator = this.page.getByRole('region', { name: this.t.accountSecurity.passwordTitle });
  readonly current: Locator = this.passwordSection.getByRole('textbox', { name: this.t.accountSecurity.current, exact: true });
  readonly newPassword: Locator = this.page.getByRole('textbox', { name: this.t.accountSecurity.newPassword, exact: true });
  readonly confirm: Locator = this.page.getByRole('textbox', { name: this.t.accountSecurity.confirm, exact: true });
  readonly changeButton: Locator = this.passwordSection.getByRole('button', { name: this.t.accountSecurity.change });
  readonly signOutEverywhereButton: Locator = this.page.getByRole('button', { name: this.t.accountSecurity.signOutEverywhere });

  async goto() {
    await this.page.goto('/account');
    await expect(this.passwordSection).toBeVisible();
    await this.expectAccessible('account with password and sessions');
  }

  async changePassword(current: string, next: string, confirm = next) {
    await this.hydrated(this.changeButton);
    await this.current.fill(current);
    await this.newPassword.fill(next);
    await this.confirm.fill(confirm);
    await this.changeButton.click();
  }

  /** Opens a one-time reset link and sets a new password with it. */
  async resetWith(link: string, password: string) {
    await this.page.goto(link);
    await expect(this.heading).toHaveText(this.t.accountSecurity.resetTitle);
    await this.expectAccessible('reset-password form');
    const submit = this.page.getByRole('button', { name: this.t.accountSecurity.resetSubmit });
    await this.hydrated(submit);
    await this.newPassword.fill(password);
    await this.confirm.fill(password);
    await submit.click();
  }
}
