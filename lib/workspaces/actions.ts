'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { withInvitationLink } from '@/lib/workspaces/invitation-link';
import { InvitationRef, InviteInput, MembershipRef, UpdateRoleInput, WorkspaceProfileInput } from './schemas';
import { createInvitation, removeMember, revokeInvitation, updateMemberRole, updateWorkspaceProfile } from './queries';

export const updateWorkspaceProfileAction = workspaceQueryAction('workspace.update', WorkspaceProfileInput, 'workspace.update', updateWorkspaceProfile);

export const updateMemberRoleAction = workspaceQueryAction('members.updateRole', UpdateRoleInput, 'members.updateRole', updateMemberRole);

export const removeMemberAction = workspaceQueryAction('members.remove', MembershipRef, 'members.remove', removeMember);

export const revokeInvitationAction = workspaceQueryAction('invitations.revoke', InvitationRef, 'invitations.revoke', revokeInvitation);

const inviteAction = workspaceQueryAction('members.invite', InviteInput, 'members.invite', createInvitation);

/** Invites someone and returns the one-time link (shown once to the admin, emailed when SMTP is set). */
export const inviteMemberAction = withInvitationLink(inviteAction);
