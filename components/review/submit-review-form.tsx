'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SubmitReviewInput } from '@/lib/review/schemas';
import { submitReviewAction } from '@/lib/review/actions';
import { Field, FormError, SubmitButton, useValidationMessage } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { Options } from '@/components/ui/options';

type Option = { id: string; label: string };

/** Submits a saved version for review (or a revised one in place of the open review), naming reviewers and a due date. */
export function SubmitReviewForm({
  slug,
  workspaceId,
  versions,
  reviewers,
  defaultDue,
  resubmission,
}: {
  slug: string;
  workspaceId: string;
  versions: Option[];
  reviewers: Option[];
  defaultDue: string;
  resubmission: boolean;
}) {
  const t = useTranslations('review');
  const tv = useValidationMessage();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { versionId: versions[0]?.id ?? '', reviewerIds: [], dueDate: defaultDue, message: '' },
    action: (values: z.input<typeof SubmitReviewInput>) => submitReviewAction(workspaceId, values),
    onSuccess: (data) => {
      setDone(t('submitted'));
      router.push(`/${slug}/document/review/${data.id}`);
    },
  });
  const errors = form.formState.errors;
  const reviewersError = tv(errors.reviewerIds?.message);
  return (
    <form onSubmit={onSubmit} className="stack form-narrow" noValidate>
      <FormError message={formError} />
      <Field id="review-version" label={t('version')} error={errors.versionId?.message} required>
        {(props) => (
          <select {...props} {...form.register('versionId')}>
            <Options items={versions.map((v) => ({ value: v.id, label: v.label }))} />
          </select>
        )}
      </Field>
      <fieldset className="field" aria-describedby={reviewersError ? 'review-reviewers-error' : 'review-reviewers-hint'}>
        <legend>
          {t('reviewers')}
          <span aria-hidden="true"> *</span>
        </legend>
        <p className="hint" id="review-reviewers-hint">
          {t('reviewersHint')}
        </p>
        <div className="checkbox-grid">
          {reviewers.map((r) => (
            <label key={r.id} className="checkbox">
              <input type="checkbox" value={r.id} {...form.register('reviewerIds')} />
              {r.label}
            </label>
          ))}
        </div>
        {reviewersError ? (
          <p className="field-error" id="review-reviewers-error">
            {reviewersError}
          </p>
        ) : null}
      </fieldset>
      <Field id="review-due" label={t('dueDate')} error={errors.dueDate?.message} required>
        {(props) => <input type="date" {...props} {...form.register('dueDate')} />}
      </Field>
      <Field id="review-message" label={t('message')} error={errors.message?.message}>
        {(props) => <textarea rows={3} {...props} {...form.register('message')} />}
      </Field>
      <SubmitButton pending={mutation.isPending} pendingLabel={t('submitting')} success={done}>
        {resubmission ? t('resubmit') : t('submit')}
      </SubmitButton>
    </form>
  );
}
