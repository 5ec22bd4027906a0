import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base-page';

/** /sign-in: email and password. */
export class SignInPage extends BasePage {
  readonly email: Locator = this.page.getByRole('textbox', { name: this.t.signIn.email, exact: true });
  readonly password: Locator = this.page.getByRole('textbox', { name: this.t.signIn.password, exact: true });
  readonly submit: Locator = this.page.getByRole('button', { name: this.t.signIn.submit });

  async goto() {
    // A navigation the previous page still had in flight (a language switch's refresh) can abort
    // this one (net::ERR_ABORTED): once settled, go again.
    await this.page.goto('/sign-in').catch(async (error: Error) => {
      if (!error.message.includes('ERR_ABORTED')) throw error;
      await this.page.waitForLoadState('load');
      await this.page.goto('/sign-in');
    });
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(this.heading).toHaveText(this.t.signIn.title);
    await this.expectTitle(this.t.signIn.title);
    await this.hydrated(this.submit);
    await this.expectAccessible('sign-in');
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
