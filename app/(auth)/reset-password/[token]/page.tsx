import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { PageFrame } from '@/components/shell/page-frame';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { findPasswordReset } from '@/lib/account/password-queries';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('accountSecurity', 'resetTitle');

/** A one-time reset link: the token is the credential; an unknown, used or expired one is explained. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('accountSecurity');
  const reset = findPasswordReset(db, token);
  return (
    <PageFrame narrow>
      {reset ? (
        <>
          <h1>{t('resetTitle')}</h1>
          <p className="lead">{t('resetIntro', { email: reset.email })}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <h1>{t('resetInvalidTitle')}</h1>
          <p className="lead">{t('resetInvalid')}</p>
          <p>
            <Link href="/forgot-password">{t('forgotLink')}</Link>
          </p>
        </>
      )}
    </PageFrame>
  );
}
