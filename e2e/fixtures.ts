import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SignInPage } from './pages/sign-in-page';

export { expect };

/** The demo seeded on the test database (lib/seed/demo.ts). */
export const DEMO = {
  password: 'filrouge-demo',
  workspace: { slug: 'val-d-argence', name: "Département du Val-d'Argence" },
  partnerWorkspace: { slug: 'nioro-kaya', name: 'Commune de Nioro-Kaya' },
  accounts: {
    admin: { email: 'admin@demo.filrouge.eu', name: 'Claire Fontaine', role: 'admin' },
    editor: { email: 'editor@demo.filrouge.eu', name: 'Mehdi Laurent', role: 'editor' },
    contributor: { email: 'contributor@demo.filrouge.eu', name: 'Sophie Marchal', role: 'contributor' },
    reviewer: { email: 'elu@demo.filrouge.eu', name: 'Jean-Pierre Roussel', role: 'reviewer' },
    partner: { email: 'partner@demo.filrouge.eu', name: 'Awa Diallo', role: 'partner' },
  },
} as const;

export type DemoRole = keyof typeof DEMO.accounts;

/** Scans a page with axe; fails on any serious or critical violation. */
export type A11yCheck = (page: Page, what?: string) => Promise<void>;

/** The URL each page was last scanned at, so the end-of-test scan skips what was just checked. */
const lastScanned = new WeakMap<Page, string>();

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

async function scanPage(page: Page, testInfo: TestInfo, what?: string) {
  // After a client-side navigation Next.js sets the new <title> a moment after the content;
  // scanning in between would report a page without a title.
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  lastScanned.set(page, page.url());
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''));
  if (blocking.length) {
    await testInfo.attach(`axe-${what ?? 'page'}.json`, { body: JSON.stringify(blocking, null, 2), contentType: 'application/json' });
  }
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe: serious or critical violations on ${what ? `${what} (${page.url()})` : page.url()}`).toEqual([]);
}

/** `await signIn(page, email)`: signs in through the form and waits to leave the sign-in page. */
export type SignIn = (page: Page, email: string, password?: string) => Promise<void>;

/** A page object's constructor: a screen seen by the test's page, checked by its axe. */
export type Screen<P> = new (page: Page, axe: A11yCheck) => P;

/**
 * `const diag = await signInAs('editor', DiagnosticPage)`: signs the test's page in as a demo
 * account (`signIn`), then returns that screen's page object on it.
 */
export type SignInAs = <P>(role: DemoRole, screen: Screen<P>) => Promise<P>;

type Fixtures = {
  /** `await axe(page)`: the accessibility check every visited page goes through. */
  axe: A11yCheck;
  signIn: SignIn;
  signInAs: SignInAs;
};

export const test = base.extend<Fixtures>({
  axe: async ({}, provide, testInfo) => {
    await provide((page, what) => scanPage(page, testInfo, what));
  },
  signIn: async ({ axe }, provide) => {
    await provide(async (page, email, password = DEMO.password) => {
      const signInPage = new SignInPage(page, axe);
      await signInPage.goto();
      await signInPage.signIn(email, password);
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  },
  signInAs: async ({ page, axe, signIn }, provide) => {
    await provide(async (role, screen) => {
      await signIn(page, DEMO.accounts[role].email);
      return new screen(page, axe);
    });
  },
  // A safety net: whatever a test's last screen is, it is scanned too if no page object did it.
  page: async ({ page, axe }, provide, testInfo) => {
    // No dialog may open (the app uses none, so one means injected script ran), no script error,
    // and nothing refused by the Content-Security-Policy.
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      // The editor's "leave with edits not yet acknowledged?" prompt is the app's own: a test that
      // leaves a page while a restored local copy waits for the server's acknowledgement (slow
      // under load) goes on leaving, as a person would. e2e/collab-weak-links.spec.ts checks the
      // prompt itself. Any other dialog means injected script ran.
      if (dialog.type() === 'beforeunload') {
        testInfo.annotations.push({ type: 'beforeunload', description: `left ${page.url()} while edits waited for the server` });
        void dialog.accept();
        return;
      }
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await provide(page);
    if (testInfo.status !== 'passed' || page.isClosed()) return;
    expect(problems, 'dialogs, script errors or CSP refusals during the test').toEqual([]);
    if (lastScanned.get(page) !== page.url()) await axe(page, `final state of ${page.url()}`);
  },
});
