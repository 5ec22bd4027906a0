'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ExternalActionFormValues } from '@/lib/external-actions/schemas';
import type { ActionResult } from '@/lib/errors';
import { createExternalActionAction, updateExternalActionAction } from '@/lib/external-actions/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { FormError } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useActionsMessage } from './use-message';
import { EMPTY_ACTION, type ActionFormOptions, type ActionFormValues } from './action-form-values';
import { useActionConflictFields } from './action-conflict-fields';
import { ActionFieldset, ActionPartnersFieldset, ActionSdgsFieldset } from './action-main-fieldsets';
import { ActionCompetenciesFieldset, ActionDepartmentsFieldset } from './action-link-fieldsets';
import { ActionBudgetFieldset, ActionExpectedFieldset } from './action-money-fieldsets';

export type { ActionFormOptions } from './action-form-values';

type SavedAction = ActionFormValues & { id: string; version: number };

/**
 * Creates or edits an external action with everything linked to it: partners and countries,
 * departments and how they take part, competencies and why, SDGs, budget lines and expected
 * returns, one fieldset each. Validated by the server (which also checks ownership and that nobody
 * saved in between); its field errors show next to the fields.
 */
export function ActionForm({ workspaceId, slug, options, action }: { workspaceId: string; slug: string; options: ActionFormOptions; action?: SavedAction }) {
  const t = useTranslations('externalActions');
  const router = useRouter();
  const message = useActionsMessage();
  const conflictFields = useActionConflictFields(options);
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    // A point person proposing an action starts with their own department in the lead.
    defaultValues:
      action ?? (options.myDepartmentIds[0] ? { ...EMPTY_ACTION, departments: [{ departmentId: options.myDepartmentIds[0], mode: 'lead' }] } : EMPTY_ACTION),
    version: action?.version,
    action: (values: ActionFormValues, version): Promise<ActionResult<unknown>> => {
      // The form holds the browser's values ('' for a category not chosen yet); the schema parses them.
      const input = values as ExternalActionFormValues;
      return action ? updateExternalActionAction(workspaceId, { ...input, id: action.id, version }) : createExternalActionAction(workspaceId, input);
    },
    onSuccess: (data) => {
      const id = action?.id ?? (data as { id: string }).id;
      router.push(`/${slug}/actions/${id}`);
      router.refresh();
    },
  });
  const err = (error: { message?: string } | undefined) => message(error?.message);
  const fieldset = { form, options, err };

  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack form-wide">
      <FormError message={message(formError)} />
      {action ? <ConflictPanel versioning={versioning} fields={conflictFields} /> : null}
      <ActionFieldset form={form} err={err} />
      <ActionPartnersFieldset {...fieldset} />
      <ActionDepartmentsFieldset {...fieldset} />
      <ActionCompetenciesFieldset {...fieldset} />
      <ActionSdgsFieldset form={form} />
      <ActionBudgetFieldset {...fieldset} savedSources={(action?.budgetLines ?? []).map((l) => l.fundingSource)} />
      <ActionExpectedFieldset form={form} err={err} />
      <div className="actions sticky-save">
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {action ? t('save') : t('create')}
        </button>
      </div>
    </form>
  );
}
