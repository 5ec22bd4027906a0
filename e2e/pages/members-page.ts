import { expect, type Locator } from '@playwright/test';
import type { Messages } from './base-page';
import { WorkspacePage } from './workspace-page';

type Role = keyof Messages['roles'];

/** /[workspace]/members: the members table, the invite form and pending invitations. */
export class MembersPage extends WorkspacePage {
  readonly table: Locator = this.page.getByRole('table', { name: this.t.members.tableCaption });

  /** A member's row, found by the name in its row header. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  roleSelect(name: string): Locator {
    return this.page.getByRole('combobox', { name: this.t.members.roleOf.replace('{name}', name), exact: true });
  }

  applyRoleButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `${this.t.members.applyRole} — ${name}` });
  }

  readonly inviteSection: Locator = this.page.getByRole('region', { name: this.t.members.inviteTitle });
  readonly inviteEmail: Locator = this.inviteSection.getByRole('textbox', { name: this.t.members.inviteEmail, exact: true });
  readonly inviteRole: Locator = this.inviteSection.getByRole('combobox', { name: this.t.members.role, exact: true });
  readonly inviteSubmit: Locator = this.inviteSection.getByRole('button', { name: this.t.members.inviteSubmit });
  readonly inviteLink: Locator = this.inviteSection.getByRole('textbox', { name: this.t.members.inviteLink });
  readonly pendingInvitations: Locator = this.page.getByRole('region', { name: this.t.members.pendingTitle });

  /** A pending invitation, found by its email. */
  pendingInvitation(email: string): Locator {
    return this.pendingInvitations.getByRole('listitem').filter({ hasText: email });
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}/members`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    await this.expectScreen(this.t.members.title, this.table, this.t.nav.members, 'members');
  }

  /** Creates an invitation and returns the one-time link shown to the admin. */
  async invite(email: string, role: Role): Promise<string> {
    await this.hydrated(this.inviteSubmit);
    await this.inviteEmail.fill(email);
    await this.inviteRole.selectOption(role);
    await this.inviteSubmit.click();
    await expect(this.inviteLink).toHaveValue(/\/invite\/[\w-]{20,}$/);
    await expect(this.pendingInvitation(email)).toBeVisible();
    await this.expectAccessible('members with a new invitation link');
    return this.inviteLink.inputValue();
  }

  /** Picks a new role for a member and applies it. */
  async changeRole(name: string, role: Role) {
    await this.hydrated(this.applyRoleButton(name));
    await this.roleSelect(name).selectOption(role);
    await this.applyRoleButton(name).click();
  }
}
