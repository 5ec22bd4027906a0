import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/page-guard';
import { PageFrame } from '@/components/shell/page-frame';
import { AccountForm } from '@/components/shell/account-form';
import { EraseAccountForm } from '@/components/privacy/erase-account-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SignOutEverywhereButton } from '@/components/account/sign-out-everywhere-button';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { getCalendarSettings } from '@/lib/calendar/settings';
import { DigestPreference, FeedSettings } from '@/components/calendar/feed-settings';
import { headers } from 'next/headers';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('account', 'title');

export default async function AccountPage() {
  const user = await requirePageUser();
  const t = await getTranslations('account');
  const tp = await getTranslations('privacy');
  const ts = await getTranslations('accountSecurity');
  const tc = await getTranslations('calendar');
  const calendar = getCalendarSettings(db, user.id);
  const format = await getFormatter();
  const requestHeaders = await headers();
  const origin = (env.NEXTAUTH_URL ?? `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host') ?? 'localhost'}`).replace(/\/$/, '');
  return (
    <PageFrame narrow title={t('title')} lead={t('intro', { email: user.email })}>
      <AccountForm initial={{ name: user.name, locale: user.locale }} />
      <section aria-labelledby="password-heading" className="card stack">
        <h2 id="password-heading">{ts('passwordTitle')}</h2>
        <p>{ts('passwordIntro')}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="card stack">
        <h2 id="sessions-heading">{ts('sessionsTitle')}</h2>
        <p>{ts('sessionsIntro')}</p>
        <SignOutEverywhereButton />
      </section>
      <section aria-labelledby="feed-heading" className="card stack">
        <h2 id="feed-heading">{tc('feed.title')}</h2>
        <p>{tc('feed.intro')}</p>
        <FeedSettings createdAt={calendar.feedCreatedAt ? format.dateTime(calendar.feedCreatedAt, { dateStyle: 'long' }) : null} origin={origin} />
      </section>
      <section aria-labelledby="digest-heading" className="card stack">
        <h2 id="digest-heading">{tc('digest.title')}</h2>
        <p>{tc('digest.intro')}</p>
        <DigestPreference digest={calendar.digest} />
      </section>
      <section aria-labelledby="personal-data-heading" className="card stack">
        <h2 id="personal-data-heading">{tp('title')}</h2>
        <p>{tp('intro')}</p>
        <p>
          <a className="button" href="/api/account/personal-data" download>
            {tp('exportOwn')}
          </a>
        </p>
        <h3>{tp('eraseTitle')}</h3>
        <p>{tp('eraseIntro')}</p>
        <EraseAccountForm email={user.email} userId={user.id} />
      </section>
    </PageFrame>
  );
}
