import { expect, type Locator } from '@playwright/test';
import { BasePage, MESSAGES, type Locale, type Messages } from './base-page';

type Section = 'overview' | 'members' | 'profile' | 'audit' | 'partnerships';

/** The banner and the workspace navigation around every signed-in screen. */
export class AppShell extends BasePage {
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.t.nav.label });
  }

  navLink(section: Section): Locator {
    return this.nav.getByRole('link', { name: this.t.nav[section], exact: true });
  }

  /** The role badge beside the workspace name in the sidebar. */
  roleBadge(role: keyof Messages['roles']): Locator {
    return this.page.getByRole('complementary').getByText(this.t.roles[role], { exact: true });
  }

  get languageSwitcher(): Locator {
    return this.page.getByRole('group', { name: this.t.language.label });
  }

  get signOutButton(): Locator {
    return this.page.getByRole('button', { name: this.t.shell.signOut });
  }

  async expectNav(visible: Section[], hidden: Section[]) {
    await expect(this.nav).toBeVisible();
    for (const section of visible) await expect(this.navLink(section)).toBeVisible();
    for (const section of hidden) await expect(this.navLink(section)).toHaveCount(0);
  }

  /** Switches the interface language with the banner's buttons and waits for the page to follow. */
  async switchLanguage(to: Locale) {
    const button = this.languageSwitcher.getByRole('button', { name: this.t.language[to] });
    await this.hydrated(button);
    await button.click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
    // The group's own name is now in the new language.
    const switched = this.page.getByRole('group', { name: MESSAGES[to].language.label });
    await expect(switched.getByRole('button', { name: MESSAGES[to].language[to] })).toHaveAttribute('aria-pressed', 'true');
  }

  async signOut() {
    await this.hydrated(this.signOutButton);
    await this.signOutButton.click();
    await this.page.waitForURL(/\/sign-in(\?|$)/);
  }
}
