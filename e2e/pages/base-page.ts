import { expect, type Locator, type Page } from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';
import type { A11yCheck } from '../fixtures';

export type Locale = 'fr' | 'en';
export type Messages = typeof fr;

/** The app's own message files: page objects find elements by the names people read. */
export const MESSAGES: Record<Locale, Messages> = { fr, en };

/** What every screen has: the page, its accessibility check and the words of its language. */
export abstract class BasePage {
  readonly t: Messages;

  constructor(
    readonly page: Page,
    protected readonly axe: A11yCheck,
    readonly locale: Locale = 'fr',
  ) {
    this.t = MESSAGES[locale];
  }

  /** The page's main heading. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The app's own form-level error (not Next's route announcer, which is also an alert). */
  get formError(): Locator {
    return this.page.locator('[data-form-error]');
  }

  /** Waits for the document title the app gives this screen ("<title> · Fil rouge"). */
  protected async expectTitle(title: string) {
    await expect(this.page).toHaveTitle(`${title} · Fil rouge`);
  }

  /**
   * Goes to `path` and waits for its screen: the main heading reads `heading` (and `ready`, when
   * given, is hydrated); then scans it as `what`.
   */
  protected async openScreen(path: string, heading: string, what: string, ready?: Locator) {
    await this.page.goto(path);
    await expect(this.heading).toHaveText(heading);
    if (ready) await this.hydrated(ready);
    await this.expectAccessible(what);
  }

  /** Checks a loaded screen: its main heading, its `content` visible, its document title; then scans it as `what`. */
  protected async expectScreen(heading: string, content: Locator, title: string, what: string) {
    await expect(this.heading).toHaveText(heading);
    await expect(content).toBeVisible();
    await this.expectTitle(title);
    await this.expectAccessible(what);
  }

  /** Scans the page as it is now. */
  async expectAccessible(what?: string) {
    await this.axe(this.page, what);
  }

  /**
   * Waits until React has hydrated a client component. Until then a click does nothing, and a
   * form would submit natively; React marks each hydrated element with a `__reactProps$` key.
   */
  protected async hydrated(locator: Locator) {
    await expect(locator).toBeVisible();
    await expect
      .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'))), {
        message: 'waiting for hydration',
      })
      .toBe(true);
  }
}
