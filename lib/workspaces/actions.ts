'use server';

import { workspaceAction } from '@/lib/auth/action';
import { sendInvitationLink } from '@/lib/workspaces/invitation-link';
import { InvitationRef, InviteInput, MembershipRef, UpdateRoleInput, WorkspaceProfileInput } from './schemas';
import { createInvitation, removeMember, revokeInvitation, updateMemberRole, updateWorkspaceProfile } from './queries';

export const updateWorkspaceProfileAction = workspaceAction('workspace.update', WorkspaceProfileInput, 'workspace.update', (ctx, input, tx) =>
  updateWorkspaceProfile(tx, ctx, input),
);

export const updateMemberRoleAction = workspaceAction('members.updateRole', UpdateRoleInput, 'members.updateRole', (ctx, input, tx) =>
  updateMemberRole(tx, ctx, input),
);

export const removeMemberAction = workspaceAction('members.remove', MembershipRef, 'members.remove', (ctx, input, tx) => removeMember(tx, ctx, input));

export const revokeInvitationAction = workspaceAction('invitations.revoke', InvitationRef, 'invitations.revoke', (ctx, input, tx) =>
  revokeInvitation(tx, ctx, input),
);

const inviteAction = workspaceAction('members.invite', InviteInput, 'members.invite', (ctx, input, tx) => createInvitation(tx, ctx, input));

/** Invites someone and returns the one-time link (shown once to the admin, emailed when SMTP is set). */
export async function inviteMemberAction(workspaceId: string, input: InviteInput) {
  const result = await inviteAction(workspaceId, input);
  if (!result.ok) return result;
  return sendInvitationLink(result.data);
}
