import { DEMO, expect, test, type DemoRole } from './fixtures';
import { OverviewPage } from './pages/overview-page';
import { SignInPage } from './pages/sign-in-page';

type Section = 'overview' | 'members' | 'profile' | 'audit' | 'partnerships';

/** What each role's navigation offers in the demo workspace (lib/auth/policy.ts). */
const NAV: Record<DemoRole, { visible: Section[]; hidden: Section[] }> = {
  admin: { visible: ['overview', 'members', 'profile', 'audit'], hidden: [] },
  editor: { visible: ['overview', 'members'], hidden: ['profile', 'audit'] },
  contributor: { visible: ['overview', 'members'], hidden: ['profile', 'audit'] },
  reviewer: { visible: ['overview', 'members'], hidden: ['profile', 'audit'] },
  // A partner's shell offers only their partnership's shared space; the home page leads there.
  partner: { visible: ['partnerships'], hidden: ['overview', 'members', 'profile', 'audit'] },
};

test.describe('sign-in and navigation by role', () => {
  for (const role of Object.keys(NAV) as DemoRole[]) {
    test(`${role} signs in and sees only the sections of their role`, async ({ page, axe, signIn }) => {
      const account = DEMO.accounts[role];
      await signIn(page, account.email);
      const overview = new OverviewPage(page, axe);
      await overview.goto(DEMO.workspace.slug);
      if (role === 'partner') await expect(page).toHaveURL(new RegExp(`/${DEMO.workspace.slug}/partnerships`));
      else await overview.expectLoaded(DEMO.workspace.name);
      await expect(overview.shell.roleBadge(account.role)).toBeVisible();
      await overview.shell.expectNav(NAV[role].visible, NAV[role].hidden);
      await expect(page.getByRole('link', { name: new RegExp(account.name) })).toBeVisible();
    });
  }

  test('a wrong password shows an error and stays on the sign-in page', async ({ page, axe }) => {
    const signInPage = new SignInPage(page, axe);
    await signInPage.goto();
    await signInPage.signIn(DEMO.accounts.admin.email, 'not-the-password');
    await expect(signInPage.formError).toHaveText(signInPage.t.signIn.invalid);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signInPage.email).toHaveValue(DEMO.accounts.admin.email);
    await signInPage.expectAccessible('sign-in with an error');
  });

  test('a sign-in submitted before the script runs never puts the password in the address', async ({ browser, axe }) => {
    // Without JavaScript the form falls back to the browser's own submission, as it does when
    // someone submits before hydration on a slow connection.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/sign-in');
      const signInPage = new SignInPage(page, axe);
      await expect(signInPage.heading).toHaveText(signInPage.t.signIn.title);
      await signInPage.signIn(DEMO.accounts.admin.email, 'a-secret-that-must-not-leak');
      await page.waitForLoadState();
      expect(page.url()).not.toContain('a-secret-that-must-not-leak');
      expect(page.url()).not.toContain('password');
    } finally {
      await context.close();
    }
  });

  test('the partner lands in their own workspace, where they are admin', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.partner.email);
    await expect(page).toHaveURL(`/${DEMO.partnerWorkspace.slug}`);
    const overview = new OverviewPage(page, axe);
    await overview.expectLoaded(DEMO.partnerWorkspace.name);
    await expect(overview.shell.roleBadge('admin')).toBeVisible();
    await overview.shell.expectNav(NAV.admin.visible, []);
  });
});
