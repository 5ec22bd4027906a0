import path from 'node:path';
import Database from 'better-sqlite3';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';
import { AccountSecurityPage } from './pages/account-security-page';
import { InvitePage } from './pages/invite-page';
import { MembersPage } from './pages/members-page';
import { SignInPage } from './pages/sign-in-page';
import { censusSubmitter, cookieHeader, signedInContext } from './security-http';

/**
 * Issue 18, points 3, 4 and 6 against the production server: redirect targets after sign-in stay on
 * the site, sessions end when they should (sign-out, password change, an admin, "everywhere"),
 * passwords change and reset through one-time links, and a forged left-most X-Forwarded-For entry
 * does not escape the limits (TRUST_PROXY=1: one trusted hop, the right-most entry is the client).
 */

let baseURL = '';
const ws = DEMO.workspace.slug;
const contexts: APIRequestContext[] = [];
const databasePath = () => path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db');

async function anonymous(headers: Record<string, string> = {}) {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  contexts.push(context);
  return context;
}

/** A page requested with these cookies only, without following redirects. */
async function getWith(cookie: string, url: string) {
  const context = await anonymous({ cookie });
  return context.get(url, { maxRedirects: 0 });
}

const toSignIn = (response: { status(): number; headers(): Record<string, string> }) =>
  response.status() >= 300 && response.status() < 400 && /\/sign-in/.test(response.headers().location ?? '');

test.beforeAll(({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
});

test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.dispose();
});

test('after sign-in, ?callbackUrl tricks stay on the site, for the password form and the single sign-on button', async ({ browser, axe }) => {
  for (const trick of ['/%5Cevil.example/x', '/%09/evil.example']) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const offSite: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname.endsWith('evil.example')) offSite.push(request.url());
    });
    await page.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => route.abort(),
    );
    // The single sign-on button: what it asks next-auth to return to (the provider is not needed for that).
    let posted: string | null = null;
    await page.route('**/api/auth/signin/oidc**', async (route) => {
      posted = route.request().postData();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ url: `${baseURL}/sign-in` }) });
    });
    await page.goto(`/sign-in?callbackUrl=${trick}`);
    const signIn = new SignInPage(page, axe);
    await signIn.expectLoaded();
    // playwright.config.ts configures single sign-on (e2e/oidc-provider.ts names it ProConnect).
    await page.getByRole('button', { name: signIn.t.sso.button.replace('{name}', 'ProConnect') }).click();
    await expect.poll(() => posted).not.toBeNull();
    const callbackUrl = new URLSearchParams(posted!).get('callbackUrl')!;
    expect(new URL(callbackUrl, baseURL).origin, `SSO callbackUrl for ${trick}`).toBe(new URL(baseURL).origin);
    // The button then follows the answered address (this sign-in page, without the trick): let that
    // navigation end before starting another, or the second interrupts it (seen under load).
    await page.waitForURL((url) => url.pathname === '/sign-in' && !url.searchParams.has('callbackUrl'));
    await signIn.expectLoaded();

    await page.goto(`/sign-in?callbackUrl=${trick}`);
    await signIn.expectLoaded();
    await signIn.signIn(DEMO.accounts.editor.email, DEMO.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(new URL(page.url()).origin, `after sign-in with ${trick}`).toBe(new URL(baseURL).origin);
    expect(offSite).toEqual([]);
    await context.close();
  }
});

test('a signed-out session cookie no longer opens anything, even a copy kept aside', async () => {
  const context = await signedInContext(baseURL, DEMO.accounts.reviewer.email, DEMO.password);
  contexts.push(context);
  const cookie = await cookieHeader(context);
  expect((await getWith(cookie, `/${ws}/dashboard`)).status()).toBe(200);
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await context.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, headers: { origin: baseURL }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);
  expect(toSignIn(await getWith(cookie, `/${ws}/dashboard`)), 'the copied cookie after sign-out').toBe(true);
  expect(await (await getWith(cookie, '/api/account/personal-data')).status()).toBe(401);
});

test('password change ends the other sessions; an admin ends sessions and makes a one-time reset link; sign out everywhere', async ({
  page,
  axe,
  signIn,
  browser,
}) => {
  // A long journey (two browsers, seven sign-ins, argon2 on every password): more than the default minute on two busy cores.
  test.setTimeout(240_000);
  const stamp = Date.now();
  const email = `sessions-${stamp}@example.org`;
  const name = `Camille Sessions ${stamp}`;
  const [first, second, third] = ['premier-mot-de-passe-long', 'deuxieme-mot-de-passe-long', 'troisieme-mot-de-passe-long'];

  // A member of their own (the demo accounts keep their passwords for the other specs).
  await signIn(page, DEMO.accounts.admin.email);
  const members = new MembersPage(page, axe);
  await members.goto(ws);
  const invitation = await members.invite(email, 'contributor');
  await members.shell.signOut();
  const invite = new InvitePage(page, axe);
  await invite.goto(invitation);
  await invite.accept(name, first);
  await page.waitForURL(`/${ws}`);

  // A second session of the same account, elsewhere.
  const elsewhere = await signedInContext(baseURL, email, first);
  contexts.push(elsewhere);
  const elsewhereCookie = await cookieHeader(elsewhere);
  expect((await getWith(elsewhereCookie, '/account')).status()).toBe(200);

  // Change of password: the current one is asked, a short or common one refused beside its field.
  const account = new AccountSecurityPage(page, axe);
  const t = account.t;
  await account.goto();
  await account.changePassword('pas-mon-mot-de-passe', second);
  await expect(account.current).toHaveAccessibleDescription(t.validation.passwordCurrentWrong);
  await account.changePassword(first, 'qwerty123456');
  await expect(account.newPassword).toHaveAccessibleDescription(t.validation.passwordCommon);
  await account.changePassword(first, 'trop-court');
  await expect(account.newPassword).toHaveAccessibleDescription(t.validation.passwordTooShort);
  await account.expectAccessible('password change with field errors');
  await account.changePassword(first, second);
  await expect(page.getByText(t.accountSecurity.changed)).toBeVisible();
  // The other session ended at its next request; this one goes on.
  expect(toSignIn(await getWith(elsewhereCookie, '/account')), 'the other session after the change').toBe(true);
  await page.reload();
  await expect(account.passwordSection).toBeVisible();

  // An admin ends every session of the member: the member's next request goes to sign-in.
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  const adminSignIn = new SignInPage(adminPage, axe);
  await adminSignIn.goto();
  await adminSignIn.signIn(DEMO.accounts.admin.email, DEMO.password);
  await adminPage.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const adminMembers = new MembersPage(adminPage, axe);
  await adminMembers.goto(ws);
  const sessions = adminPage.getByRole('region', { name: t.accountSecurity.membersTitle });
  await sessions.getByRole('combobox', { name: t.accountSecurity.member }).selectOption({ label: `${name} — ${email}` });
  await sessions.getByRole('button', { name: t.accountSecurity.endSessions }).click();
  await expect(sessions.getByText(t.accountSecurity.sessionsEnded.replace('{name}', name))).toBeVisible();
  await page.goto('/account');
  await page.waitForURL(/\/sign-in/);

  // ...and makes a one-time reset link, valid once.
  await sessions.getByRole('button', { name: t.accountSecurity.resetLink }).click();
  const linkField = sessions.getByRole('textbox', { name: t.accountSecurity.resetLinkLabel });
  await expect(linkField).toHaveValue(/\/reset-password\/[\w-]{40,}$/);
  await adminMembers.expectAccessible('members with a reset link');
  const resetLink = await linkField.inputValue();
  await adminContext.close();
  await account.resetWith(resetLink, third);
  await expect(page.getByText(t.accountSecurity.resetDone)).toBeVisible();
  await page.goto(resetLink);
  await expect(account.heading).toHaveText(t.accountSecurity.resetInvalidTitle);
  await account.expectAccessible('a used reset link');
  const old = await anonymous();
  const { csrfToken } = (await (await old.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const refused = await old.post('/api/auth/callback/credentials', {
    form: { email, password: second, csrfToken, json: 'true' },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get('error')).toBe('CredentialsSignin');

  // Sign out everywhere: this session and every other one end.
  await signIn(page, email, third);
  const another = await signedInContext(baseURL, email, third);
  contexts.push(another);
  const anotherCookie = await cookieHeader(another);
  await account.goto();
  await account.signOutEverywhereButton.click();
  await page.waitForURL(/\/sign-in/);
  expect(toSignIn(await getWith(anotherCookie, '/account')), 'another session after "sign out everywhere"').toBe(true);
  await page.goto('/account');
  await page.waitForURL(/\/sign-in/);

  // Without email set up, "forgot your password" says whom to ask.
  await page.goto('/forgot-password');
  await expect(page.getByText(t.accountSecurity.forgotNoEmail)).toBeVisible();
  await account.expectAccessible('forgotten password without email');
});

test('behind one trusted proxy, a forged left-most X-Forwarded-For entry neither escapes nor borrows the sign-in and census limits', async () => {
  const context = await anonymous();
  const email = `nobody-forged-${Date.now()}@demo.filrouge.eu`;
  const attempt = async (forwardedFor: string) => {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await context.post('/api/auth/callback/credentials', {
      form: { email, password: 'not-the-password', csrfToken, json: 'true' },
      headers: { origin: baseURL, 'x-forwarded-for': forwardedFor },
      maxRedirects: 0,
    });
    return new URL(((await response.json()) as { url: string }).url).searchParams.get('error');
  };
  const errors: (string | null)[] = [];
  // A new forged address in front each time; the proxy's entry (right-most) is the same client.
  for (let i = 0; i < 6; i++) errors.push(await attempt(`198.18.${i}.1, 203.0.113.70`));
  expect(errors.slice(0, 5)).toEqual(Array(5).fill('CredentialsSignin'));
  expect(errors[5]).toBe('locked');
  // Another client, even one that forges the locked address in front, is not locked out of the account.
  expect(await attempt('203.0.113.70, 203.0.113.71')).toBe('CredentialsSignin');

  const submit = censusSubmitter(await anonymous(), baseURL, databasePath());
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < 11; i++) codes.push(await submit(`198.18.${i}.2, 203.0.113.72`));
  expect(codes.slice(0, 10)).toEqual(Array(10).fill('invalid'));
  expect(codes[10]).toBe('forbidden');
  expect(await submit('203.0.113.72, 203.0.113.73')).toBe('invalid');
  const sqlite = new Database(databasePath(), { readonly: true, fileMustExist: true });
  try {
    expect((sqlite.prepare("select count(*) as n from sign_in_attempts where key like 'ip:198.18.%'").get() as { n: number }).n).toBe(0);
  } finally {
    sqlite.close();
  }
});
