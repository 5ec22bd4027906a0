import type { Metadata } from 'next';
import { Suspense } from 'react';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { isFirstRun } from '@/lib/workspaces/queries';
import { PageFrame } from '@/components/shell/page-frame';
import { SignInForm } from '@/components/auth/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage() {
  if (await getSessionUser()) redirect('/');
  if (isFirstRun(db)) redirect('/setup');
  const t = await getTranslations('signIn');
  return (
    <PageFrame narrow>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Suspense>
        <SignInForm />
      </Suspense>
    </PageFrame>
  );
}
