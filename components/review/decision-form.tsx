'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { DecideInput } from '@/lib/review/schemas';
import { decideReviewAction } from '@/lib/review/actions';
import { Field, FormError, SubmitButton, useValidationMessage } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';

/** A named reviewer approves the version or asks for changes (saying which). */
export function DecisionForm({
  workspaceId,
  reviewId,
  current,
}: {
  workspaceId: string;
  reviewId: string;
  current: 'pending' | 'approved' | 'changes_requested';
}) {
  const t = useTranslations('review');
  const tv = useValidationMessage();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { reviewId, decision: current === 'pending' ? undefined : current, note: '' },
    action: (values: z.input<typeof DecideInput>) => decideReviewAction(workspaceId, values),
    onSuccess: () => {
      setDone(t('decided'));
      form.reset({ reviewId, decision: form.getValues('decision'), note: '' });
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const decisionError = tv(errors.decision?.message);
  return (
    <form onSubmit={onSubmit} className="stack form-narrow" noValidate>
      <FormError message={formError} />
      <fieldset className="field" aria-describedby={decisionError ? 'decision-error' : undefined}>
        <legend>{t('decideTitle')}</legend>
        <label className="checkbox">
          <input type="radio" value="approved" {...form.register('decision')} />
          {t('approve')}
        </label>
        <label className="checkbox">
          <input type="radio" value="changes_requested" {...form.register('decision')} />
          {t('requestChanges')}
        </label>
        {decisionError ? (
          <p className="field-error" id="decision-error">
            {decisionError}
          </p>
        ) : null}
      </fieldset>
      <Field id="decision-note" label={t('decisionNote')} hint={t('decisionNoteHint')} error={errors.note?.message}>
        {(props) => <textarea rows={3} {...props} {...form.register('note')} />}
      </Field>
      <SubmitButton pending={mutation.isPending} pendingLabel={t('deciding')} success={done}>
        {t('decide')}
      </SubmitButton>
    </form>
  );
}
