'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '@/lib/auth/action';
import { sendMail } from '@/lib/mail';
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
  const h = await headers();
  const origin = process.env.NEXTAUTH_URL ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
  const link = `${origin}/invite/${result.data.token}`;
  const t = await getTranslations('members');
  const emailed = await sendMail(result.data.email, t('inviteEmailSubject'), t('inviteEmailBody', { link }));
  return { ok: true as const, data: { link, emailed, expiresAt: result.data.expiresAt.toISOString() } };
}
