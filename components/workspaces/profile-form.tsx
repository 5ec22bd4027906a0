'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { WorkspaceProfileInput } from '@/lib/workspaces/schemas';
import { updateWorkspaceProfileAction } from '@/lib/workspaces/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { FormError, SubmitRow } from '@/components/ui/field';
import { WorkspaceFields, type Option } from './workspace-fields';

/** Edits the authority's profile (admins). */
export function ProfileForm({
  workspaceId,
  initial,
  countries,
  languages,
}: {
  workspaceId: string;
  initial: WorkspaceProfileInput;
  countries: Option[];
  languages: Option[];
}) {
  const t = useTranslations('workspace');
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { ...initial, population: initial.population ?? '' },
    action: (values: z.input<typeof WorkspaceProfileInput>) => updateWorkspaceProfileAction(workspaceId, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={formError} />
      <WorkspaceFields register={form.register as never} errors={form.formState.errors} countries={countries} languages={languages} />
      <SubmitRow disabled={mutation.isPending} success={saved ? t('saved') : null}>
        {mutation.isPending ? t('saving') : t('save')}
      </SubmitRow>
    </form>
  );
}
