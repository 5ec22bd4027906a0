import { DEMO, expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { AuditPage } from './pages/audit-page';
import { InvitePage } from './pages/invite-page';
import { MembersPage } from './pages/members-page';
import { OverviewPage } from './pages/overview-page';

const ws = DEMO.workspace;

test('an admin invites a contributor, who joins once with the one-time link', async ({ page, axe, signIn }) => {
  const stamp = Date.now();
  const email = `newcomer-${stamp}@example.org`;
  const name = `Nadia Invitée ${stamp}`;
  const password = 'un-mot-de-passe-solide';

  // The admin creates the invitation and reads the link.
  await signIn(page, DEMO.accounts.admin.email);
  const members = new MembersPage(page, axe);
  await members.goto(ws.slug);
  const link = await members.invite(email, 'contributor');
  await members.shell.signOut();

  // The newcomer opens it; a mismatched confirmation is refused and accepts nothing.
  const invite = new InvitePage(page, axe);
  await invite.goto(link);
  await expect(page.getByText(invite.t.invite.intro.replace('{workspace}', ws.name).replace('{role}', invite.t.roles.contributor))).toBeVisible();
  await invite.expectForm();
  await invite.accept(name, password, `${password}-typo`);
  await expect(invite.confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(invite.confirm).toHaveAccessibleDescription(invite.t.validation.passwordMismatch);
  await expect(page).toHaveURL(link);
  await invite.expectAccessible('invitation form with a field error');
  // Still a pending invitation for an unknown email: the form, not "an account exists" or "used".
  await page.reload();
  await invite.expectForm();

  // With matching passwords the account is created and the newcomer lands in the workspace.
  await invite.accept(name, password);
  await page.waitForURL(`/${ws.slug}`);
  const overview = new OverviewPage(page, axe);
  await overview.expectLoaded(ws.name);
  await expect(overview.shell.roleBadge('contributor')).toBeVisible();
  await overview.shell.expectNav(['overview', 'members'], ['profile', 'audit']);

  // The link works once only.
  await invite.goto(link);
  await invite.expectStatus('used');
  await expect(invite.submit).toHaveCount(0);

  // The admin sees the new member, no pending invitation, and both steps in the audit log.
  await new AppShell(page, axe).signOut();
  await signIn(page, DEMO.accounts.admin.email);
  await members.goto(ws.slug);
  await expect(members.row(name)).toContainText(email);
  await expect(members.roleSelect(name)).toHaveValue('contributor');
  await expect(members.pendingInvitation(email)).toHaveCount(0);
  const audit = new AuditPage(page, axe);
  await audit.goto(ws.slug);
  await expect(audit.entries(email).filter({ hasText: audit.t.audit.actions.invitation_create })).toHaveCount(1);
  await expect(audit.entries(email).filter({ hasText: audit.t.audit.actions.invitation_accept })).toHaveCount(1);
});
