'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ROLES } from '@/db/enums/workspaces';
import type { InviteInput } from '@/lib/workspaces/schemas';
import { inviteMemberAction } from '@/lib/workspaces/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { CopyButton } from '@/components/ui/copy-button';
import { Select, enumItems } from '@/components/ui/select-field';

/** Invites someone by email and role, then shows the one-time link to copy. */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations('members');
  const tr = useTranslations('roles');
  const router = useRouter();
  const [created, setCreated] = useState<{ link: string; emailed: boolean } | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { email: '', role: 'editor' },
    action: (values: z.input<typeof InviteInput>) => inviteMemberAction(workspaceId, values),
    onSuccess: (data) => {
      setCreated(data);
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <div className="stack">
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormError message={formError} />
        <Field id="invite-email" label={t('inviteEmail')} error={errors.email?.message} required>
          {(p) => <input {...p} type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field id="invite-role" label={t('role')} error={errors.role?.message} required>
          {(p) => <Select {...p} field={form.register('role')} items={enumItems(ROLES, (r) => tr(r))} />}
        </Field>
        <SubmitRow disabled={mutation.isPending}>{t('inviteSubmit')}</SubmitRow>
      </form>
      <div role="status" className="invite-result">
        {created ? (
          <div className="card notice stack">
            <p>{created.emailed ? t('inviteEmailed') : t('inviteCreated')}</p>
            <label htmlFor="invite-link">{t('inviteLink')}</label>
            <input id="invite-link" type="text" readOnly value={created.link} onFocus={(e) => e.currentTarget.select()} />
            <div className="actions">
              <CopyButton text={created.link} copy={t('copy')} copied={t('copied')} />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
