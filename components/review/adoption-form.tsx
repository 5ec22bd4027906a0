'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { AdoptInput } from '@/lib/review/schemas';
import { adoptReviewAction } from '@/lib/review/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';

/** An admin records the deliberation that adopted the approved version. */
export function AdoptionForm({ workspaceId, reviewId, today }: { workspaceId: string; reviewId: string; today: string }) {
  const t = useTranslations('review');
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { reviewId, adoptedOn: today, body: '', reference: '' },
    action: (values: z.input<typeof AdoptInput>) => adoptReviewAction(workspaceId, values),
    onSuccess: () => {
      setDone(t('adoptedDone'));
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="stack form-narrow" noValidate>
      <FormError message={formError} />
      <Field id="adopted-on" label={t('adoptedOn')} error={errors.adoptedOn?.message} required>
        {(props) => <input type="date" max={today} {...props} {...form.register('adoptedOn')} />}
      </Field>
      <Field id="adoption-body" label={t('body')} hint={t('bodyHint')} error={errors.body?.message} required>
        {(props) => <input type="text" {...props} {...form.register('body')} />}
      </Field>
      <Field id="adoption-reference" label={t('reference')} error={errors.reference?.message} required>
        {(props) => <input type="text" {...props} {...form.register('reference')} />}
      </Field>
      <SubmitButton pending={mutation.isPending} pendingLabel={t('adopting')} success={done}>
        {t('adopt')}
      </SubmitButton>
    </form>
  );
}
