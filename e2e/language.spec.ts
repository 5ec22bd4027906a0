import { DEMO, expect, test } from './fixtures';
import { MembersPage } from './pages/members-page';
import { SignInPage } from './pages/sign-in-page';

// The reviewer's account is used only here, and the test puts French back at the end.
const reviewer = DEMO.accounts.reviewer;

test('the language switch is remembered on the account', async ({ page, context, axe, signIn }) => {
  await signIn(page, reviewer.email);
  const membersFr = new MembersPage(page, axe, 'fr');
  await membersFr.goto(DEMO.workspace.slug);

  await membersFr.shell.switchLanguage('en');
  const membersEn = new MembersPage(page, axe, 'en');
  await expect(membersEn.heading).toHaveText('Members');
  await expect(membersEn.shell.navLink('overview')).toHaveText('Overview');
  await membersEn.expectAccessible('members in English');

  // A reload keeps English.
  await page.reload();
  await membersEn.expectLoaded();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Signed out, with the language cookie gone, the sign-in page follows the browser (French)...
  await membersEn.shell.signOut();
  await context.clearCookies();
  await new SignInPage(page, axe, 'fr').goto();

  // ...and signing in again brings back the account's English.
  await signIn(page, reviewer.email);
  await membersEn.goto(DEMO.workspace.slug);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Back to French, so that the other tests see the reviewer as seeded.
  await membersEn.shell.switchLanguage('fr');
  await expect(membersFr.heading).toHaveText('Membres');
  await membersFr.expectAccessible('members back in French');
});
