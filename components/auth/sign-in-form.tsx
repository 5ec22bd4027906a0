'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter, useSearchParams } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useState } from 'react';
import { Field, FormError } from '@/components/ui/field';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';

/** The shape of an address, checked before asking the server (which checks it again with zod). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email and password sign-in; the server answers "wrong credentials", "locked" or "could not save" (disk full) without detail. */
export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({ defaultValues: { email: '', password: '' }, mode: 'onTouched' });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error === 'locked' ? t('locked') : result?.error === 'storage' ? t('storage') : t('invalid'));
      return;
    }
    // Parsed with the URL API and kept only on our origin: never an open redirect.
    router.push(safeRedirectTarget(params.get('callbackUrl'), window.location.origin));
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormError message={error} />
      <Field id="email" label={t('email')} error={errors.email?.message} required>
        {(p) => <input {...p} type="email" autoComplete="username" {...form.register('email', { validate: (v) => EMAIL.test(v.trim()) || 'emailFormat' })} />}
      </Field>
      <Field id="password" label={t('password')} error={errors.password?.message} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
