import 'server-only';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';

/**
 * Emailed reset links need SMTP_URL and NEXTAUTH_URL: the link's host must come from the
 * configuration, never from the request's Host header (a forged one would send the token elsewhere).
 * Without them, an admin generates the link for a member.
 */
export function emailedResetAvailable(): boolean {
  return !!env.SMTP_URL && !!env.NEXTAUTH_URL;
}

/** The reset email, in the person's language. */
export async function resetEmail(locale: 'fr' | 'en', link: string) {
  const t = await getTranslations({ locale, namespace: 'accountSecurity' });
  return { subject: t('emailSubject'), text: t('emailBody', { link }) };
}
