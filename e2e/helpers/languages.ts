import { expect, type Page } from '@playwright/test';
import type { A11yCheck } from '../fixtures';
import { AppShell } from '../pages/app-shell';
import { MESSAGES, type Messages } from '../pages/base-page';

/**
 * With the interface in English: opens `path`, checks its table by its English caption and scans
 * it as "`what` in English"; then switches the interface to French and checks the caption follows.
 */
export async function expectTableFollowsLanguage(page: Page, axe: A11yCheck, path: string, caption: (m: Messages) => string, what: string) {
  await page.goto(path);
  await expect(page.getByRole('table', { name: caption(MESSAGES.en) })).toBeVisible();
  await axe(page, `${what} in English`);
  await new AppShell(page, axe, 'en').switchLanguage('fr');
  await expect(page.getByRole('table', { name: caption(MESSAGES.fr) })).toBeVisible();
}
