import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { sendMail } from '@/lib/mail';

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
