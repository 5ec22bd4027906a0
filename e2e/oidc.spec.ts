import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO, expect, test, type A11yCheck } from './fixtures';
import { startOidcProvider } from './oidc-provider';
import { MembersPage } from './pages/members-page';
import { OverviewPage } from './pages/overview-page';
import { SignInPage } from './pages/sign-in-page';

/**
 * Single sign-on (issue 10.4) through a real OpenID Connect provider (the `oidc-provider` package)
 * started here on 127.0.0.1; playwright.config.ts points the app's OIDC_* variables at it.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210);
const ws = DEMO.workspace;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  provider = await startOidcProvider(`http://localhost:${PORT}`, PORT, {});
});

test.afterAll(async () => {
  await provider?.close();
});

/** Goes through the provider's own sign-in and consent pages as `email` (its login is the verified email). */
async function signInAtProvider(page: Page, axe: A11yCheck, email: string) {
  // The provider's development pages import a web font: no network here, so refuse it at once.
  await page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.abort());
  const signInPage = new SignInPage(page, axe);
  // goto() waits for the hydrated form, and so for the page's client components.
  await signInPage.goto();
  await page.getByRole('button', { name: signInPage.t.sso.button.replace('{name}', provider.settings.name) }).click();
  await page.waitForURL((url) => url.host === `127.0.0.1:${provider.settings.port}`, { waitUntil: 'commit' });
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The provider asks for consent to share the email and profile with Fil rouge (each test's login is new).
  await expect(page.getByRole('heading', { level: 1, name: 'Authorize' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.host === `localhost:${PORT}`);
}

test('an invited email signs in through the OpenID Connect provider and lands in the workspace with its role', async ({ page, axe, signIn }) => {
  const email = `agent-sso-${Date.now()}@example.org`;

  // The admin invites the address as reviewer (elected official); no link is handed over.
  await signIn(page, DEMO.accounts.admin.email);
  const members = new MembersPage(page, axe);
  await members.goto(ws.slug);
  await members.invite(email, 'reviewer');
  await members.shell.signOut();

  // The sign-in page offers the provider; the invited agent goes through it.
  await signInAtProvider(page, axe, email);
  await page.waitForURL(`/${ws.slug}`);
  const overview = new OverviewPage(page, axe);
  await overview.expectLoaded(ws.name);
  await expect(overview.shell.roleBadge('reviewer')).toBeVisible();

  // Their account page downloads everything held about them as JSON.
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 2, name: 'Mes données personnelles' })).toBeVisible();
  await axe(page, 'account with personal data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click()]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
    account: { email: string };
    memberships: { workspace: { slug: string }; role: string }[];
    auditEntries: { action: string }[];
  };
  expect(exported.account.email).toBe(email);
  expect(exported.memberships.map((m) => [m.workspace.slug, m.role])).toEqual([[ws.slug, 'reviewer']]);
  expect(exported.auditEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['invitation.create', 'invitation.accept', 'user.signIn']));
});

test('an email without account or invitation is refused with a clear message', async ({ page, axe }) => {
  await signInAtProvider(page, axe, `stranger-${Date.now()}@example.org`);
  await expect(page).toHaveURL(/\/sign-in\?error=sso_noAccount/);
  await expect(page.locator('[data-form-error]')).toHaveText(
    'Aucun compte ni invitation Fil rouge pour cette adresse : demandez une invitation à un administrateur de votre espace.',
  );
  await axe(page, 'sign-in with a refused single sign-on');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
});
