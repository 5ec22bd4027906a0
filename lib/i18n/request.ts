import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { getSessionUser } from '@/lib/auth/session';
import { LOCALE_COOKIE, LOCALES, toLocale, type Locale } from './config';

/**
 * The language of a request: the signed-in person's saved choice, else the cookie set by the
 * switcher, else the browser's preference, else French.
 */
export async function resolveLocale(): Promise<Locale> {
  const user = await getSessionUser().catch(() => null);
  if (user) return toLocale(user.locale);
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (cookie) return toLocale(cookie);
  const accept = (await headers()).get('accept-language') ?? '';
  const preferred = accept
    .split(',')
    .map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase())
    .find((code) => (LOCALES as readonly string[]).includes(code ?? ''));
  return toLocale(preferred);
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: 'Europe/Paris',
  };
});
