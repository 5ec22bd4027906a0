import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/shell/page-frame';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { emailedResetAvailable } from '@/lib/account/password-mail';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('accountSecurity', 'forgotTitle');

/** "Forgot your password?": an emailed one-time link when email is set up, otherwise who to ask. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations('accountSecurity');
  const byEmail = emailedResetAvailable();
  return (
    <PageFrame narrow>
      <h1>{t('forgotTitle')}</h1>
      {byEmail ? (
        <>
          <p className="lead">{t('forgotIntro')}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="lead">{t('forgotNoEmail')}</p>
      )}
      <p>
        <Link href="/sign-in">{t('backToSignIn')}</Link>
      </p>
    </PageFrame>
  );
}
