'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SaveVersionInput } from '@/lib/strategy-document/schemas';
import { saveVersionAction } from '@/lib/strategy-document/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { useDocumentMessage } from './use-document-message';

/** Saves a version of the whole document under a name and a note. */
export function SaveVersionForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations('document.versions');
  const tr = useDocumentMessage();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { name: '', note: '' },
    action: (values: z.input<typeof SaveVersionInput>) => saveVersionAction(workspaceId, values),
    onSuccess: () => {
      form.reset({ name: '', note: '' });
      setSaved(t('saved'));
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="stack form-narrow" noValidate>
      <FormError message={tr(formError)} />
      <Field id="version-name" label={t('name')} error={tr(errors.name?.message)} required>
        {(props) => <input type="text" {...props} {...form.register('name')} />}
      </Field>
      <Field id="version-note" label={t('note')} hint={t('noteHint')} error={tr(errors.note?.message)}>
        {(props) => <textarea rows={3} {...props} {...form.register('note')} />}
      </Field>
      <SubmitButton pending={mutation.isPending} pendingLabel={t('saving')} success={saved}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}
