'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import type { AcceptInvitationInput } from '@/lib/workspaces/schemas';
import { acceptInvitationAction } from '@/lib/account/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { useAccountCreatingForm } from './use-sign-in-and-open';
import { NewPasswordFields } from '@/components/ui/new-password-fields';

/** A newcomer chooses their name and password, then is signed in to the workspace. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invite');
  const { form, mutation, onSubmit, formError } = useAccountCreatingForm({
    defaultValues: { token, name: '', password: '', confirm: '' },
    action: (values: z.input<typeof AcceptInvitationInput>) => acceptInvitationAction(values),
    workspaceSlug: (data) => data.workspaceSlug,
  });
  const errors = form.formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <FormError message={formError} />
      <p>
        {t('accountFor')} <strong>{email}</strong>
      </p>
      <Field id="name" label={t('name')} error={errors.name?.message} required>
        {(p) => <input {...p} type="text" autoComplete="name" {...form.register('name')} />}
      </Field>
      <NewPasswordFields form={form} labels={{ password: t('password'), hint: t('passwordHint'), confirm: t('confirm') }} />
      <SubmitButton pending={mutation.isPending}>{t('submit')}</SubmitButton>
    </form>
  );
}

/** Someone already signed in with the invited email joins with one click. */
export function JoinWorkspaceButton({ token }: { token: string }) {
  const t = useTranslations('invite');
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => acceptInvitationAction({ token, joinExisting: true }),
    onSuccess: (result) => {
      if (result.ok) {
        router.push(`/${result.data.workspaceSlug}`);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  return (
    <div className="stack">
      <FormError message={result && !result.ok ? result.message : null} />
      <button type="button" className="button primary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {t('join')}
      </button>
    </div>
  );
}
