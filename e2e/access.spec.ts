import { DEMO, expect, test } from './fixtures';
import { ErrorPage } from './pages/error-page';
import { SignInPage } from './pages/sign-in-page';

const ws = DEMO.workspace.slug;

test.describe('pages a person may not open', () => {
  test('an editor gets 403 on the audit log and the profile settings', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.editor.email);
    const errorPage = new ErrorPage(page, axe);
    for (const path of [`/${ws}/audit`, `/${ws}/settings`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await errorPage.expectForbidden();
      await expect(errorPage.heading).toHaveText('Accès refusé');
    }
  });

  test('a partner gets 403 on the members page', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.partner.email);
    const response = await page.goto(`/${ws}/members`);
    expect(response?.status()).toBe(403);
    await new ErrorPage(page, axe).expectForbidden();
  });

  test('a workspace the person does not belong to is a 404, like one that does not exist', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.editor.email);
    const errorPage = new ErrorPage(page, axe);
    for (const path of [`/${DEMO.partnerWorkspace.slug}`, `/${DEMO.partnerWorkspace.slug}/members`, '/no-such-workspace', `/${ws}/no-such-page`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await errorPage.expectNotFound();
      await expect(errorPage.heading).toHaveText('Page introuvable');
    }
  });

  test('an unknown route is a 404 for anonymous visitors too', async ({ page, axe }) => {
    const response = await page.goto('/this/route/does-not-exist');
    expect(response?.status()).toBe(404);
    await new ErrorPage(page, axe).expectNotFound();
  });

  test('an anonymous visitor is sent to the sign-in page', async ({ page, axe }) => {
    for (const path of [`/${ws}`, `/${ws}/members`, '/account']) {
      await page.goto(path);
      await new SignInPage(page, axe).expectLoaded();
    }
  });
});
