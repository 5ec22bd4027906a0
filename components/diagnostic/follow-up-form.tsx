'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { FollowUpInput } from '@/lib/diagnostic/schemas';
import { createFollowUpAction } from '@/lib/diagnostic/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { FormError, SubmitRow } from '@/components/ui/field';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { FollowUpFields } from './follow-up-fields';

type Owner = { userId: string; name: string };

/** Turns a finding's recommendation into a follow-up item with an owner and a due date. */
export function FollowUpForm({
  workspaceId,
  diagnosticId,
  ruleKey,
  recommendation,
  owners,
  defaultOwnerId,
}: {
  workspaceId: string;
  diagnosticId: string;
  ruleKey: string;
  recommendation: string;
  owners: Owner[];
  defaultOwnerId: string;
}) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const title = recommendation.length > 160 ? `${recommendation.slice(0, 157)}…` : recommendation;
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { diagnosticId, ruleKey, title, ownerId: defaultOwnerId, dueOn: '' },
    action: (values: z.input<typeof FollowUpInput>) => createFollowUpAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const id = `fu-${ruleKey}`;
  return (
    <details>
      <summary>{t('followUp.turnInto')}</summary>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormError message={tr(formError)} />
        <FollowUpFields id={id} owners={owners} register={form.register} errors={errors} tr={tr} />
        <SubmitRow disabled={mutation.isPending} className="button primary small" success={saved ? t('followUp.created') : null}>
          {t('followUp.create')}
        </SubmitRow>
      </form>
    </details>
  );
}
