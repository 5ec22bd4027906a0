import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { sendMail } from '@/lib/mail';
import type { ActionResult } from '@/lib/errors';

/**
 * The one-time link of a created invitation (on NEXTAUTH_URL, else the request's own origin),
 * emailed to the invited person when SMTP is set: what the workspace's and a partnership's invite
 * actions both return.
 */
export async function sendInvitationLink(invitation: { token: string; email: string; expiresAt: Date }) {
  const h = await headers();
  const origin = process.env.NEXTAUTH_URL ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
  const link = `${origin}/invite/${invitation.token}`;
  const t = await getTranslations('members');
  const emailed = await sendMail(invitation.email, t('inviteEmailSubject'), t('inviteEmailBody', { link }));
  return { ok: true as const, data: { link, emailed, expiresAt: invitation.expiresAt.toISOString() } };
}

/**
 * `invite`, then the one-time link of the invitation it created (`sendInvitationLink`); a refusal
 * is returned as it is. The workspace's and a partnership's invite actions are this.
 */
export function withInvitationLink<I>(invite: (workspaceId: string, input: I) => Promise<ActionResult<{ token: string; email: string; expiresAt: Date }>>) {
  return async (workspaceId: string, input: I) => {
    const result = await invite(workspaceId, input);
    if (!result.ok) return result;
    return sendInvitationLink(result.data);
  };
}
