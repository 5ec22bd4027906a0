'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { FundingSource } from '@/db/enums/departments';
import type { DepartmentBudgetLineInput, DepartmentBudgetLineFormValues } from '@/lib/departments/schemas';
import { addDepartmentBudgetLineAction, deleteDepartmentBudgetLineAction } from '@/lib/departments/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { useActionsMessage } from '@/components/external-actions/use-message';
import { confirmLabels } from '@/components/ui/confirm-labels';
import { Select, enumItems } from '@/components/ui/select-field';

/** Adds a line of international spending to the department's own budget. */
export function BudgetLineForm({
  workspaceId,
  departmentId,
  fundingSources,
}: {
  workspaceId: string;
  departmentId: string;
  /** The sources the authority's level may use (the "1 %" schemes only where the law allows). */
  fundingSources: readonly FundingSource[];
}) {
  const t = useTranslations('departments');
  const ta = useTranslations('externalActions');
  const message = useActionsMessage();
  const empty: DepartmentBudgetLineFormValues = { departmentId, label: '', year: String(new Date().getFullYear()), amount: '', fundingSource: 'own_funds' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: z.input<typeof DepartmentBudgetLineInput>) => addDepartmentBudgetLineAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack subform">
      <h3>{t('addLine')}</h3>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="bl-label" label={ta('fields.label')} error={err(errors.label)} required>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('label')} />}
        </Field>
        <Field id="bl-year" label={ta('fields.year')} error={err(errors.year)} required>
          {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} step={1} {...form.register('year')} />}
        </Field>
        <Field id="bl-amount" label={ta('fields.amount')} hint={ta('fields.amountHint')} error={err(errors.amount)} required>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('amount')} />}
        </Field>
        <Field id="bl-source" label={ta('fields.fundingSource')} error={err(errors.fundingSource)} required>
          {(p) => <Select {...p} field={form.register('fundingSource')} items={enumItems(fundingSources, (s) => ta(`fundingSources.${s}`))} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('lineAdded') : null}>
        {t('addLine')}
      </SubmitRow>
    </form>
  );
}

/** Deletes one of the department's own budget lines. */
export function DeleteBudgetLineButton({ workspaceId, id, label, year }: { workspaceId: string; id: string; label: string; year: number }) {
  const labels = confirmLabels(useTranslations('departments'), { label: 'deleteLine', accessible: 'deleteLineLabel', confirm: 'deleteLine' }, { label, year });
  return <ConfirmButton small {...labels} run={() => deleteDepartmentBudgetLineAction(workspaceId, { id })} />;
}
