import { Suspense } from 'react';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { isFirstRun } from '@/lib/workspaces/queries';
import { PageFrame } from '@/components/shell/page-frame';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoButton } from '@/components/auth/sso-button';
import { FormError } from '@/components/ui/field';
import { OIDC_PROVIDER_ID, oidcSettings } from '@/lib/auth/oidc';
import { pageTitle } from '@/lib/shell/page';

/** Why a single sign-on came back refused (lib/auth/options.ts signIn callback, or next-auth's own OAuth errors). */
const SSO_ERRORS: Record<string, 'noAccount' | 'unverified' | 'failed' | 'erased'> = {
  sso_noAccount: 'noAccount',
  sso_unverified: 'unverified',
  sso_erased: 'erased',
  OAuthSignin: 'failed',
  OAuthCallback: 'failed',
  OAuthAccountNotLinked: 'failed',
  Callback: 'failed',
  AccessDenied: 'failed',
};

export const generateMetadata = pageTitle('signIn', 'title');

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await getSessionUser()) redirect('/');
  if (isFirstRun(db)) redirect('/setup');
  const t = await getTranslations('signIn');
  const ts = await getTranslations('sso');
  const tp = await getTranslations('accountSecurity');
  const sso = oidcSettings();
  const error = (await searchParams).error;
  const ssoError = typeof error === 'string' ? SSO_ERRORS[error] : undefined;
  return (
    <PageFrame narrow title={t('title')} lead={t('intro')}>
      {ssoError ? <FormError message={ts(ssoError)} /> : null}
      <Suspense>
        <SignInForm />
      </Suspense>
      <p>
        <Link href="/forgot-password">{tp('forgotLink')}</Link>
      </p>
      {sso ? (
        <div className="stack">
          <p>{ts('or')}</p>
          <Suspense>
            <SsoButton providerId={OIDC_PROVIDER_ID} name={sso.OIDC_NAME} />
          </Suspense>
        </div>
      ) : null}
    </PageFrame>
  );
}
