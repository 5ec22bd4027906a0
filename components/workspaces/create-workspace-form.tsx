'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { CreateWorkspaceInput } from '@/lib/workspaces/schemas';
import { createWorkspaceAction } from '@/lib/account/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { FormError, SubmitRow } from '@/components/ui/field';
import { WorkspaceFields, type Option } from './workspace-fields';

/** Creates a new workspace; its creator becomes its admin. */
export function CreateWorkspaceForm({ countries, languages }: { countries: Option[]; languages: Option[] }) {
  const t = useTranslations('workspace');
  const router = useRouter();
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { name: '', slug: '', level: 'commune', country: 'FR', population: '', languages: ['fr'] },
    action: (values: z.input<typeof CreateWorkspaceInput>) => createWorkspaceAction(values),
    onSuccess: (data) => router.push(`/${data.slug}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={formError} />
      <WorkspaceFields register={form.register as never} errors={form.formState.errors} countries={countries} languages={languages} withSlug />
      <SubmitRow disabled={mutation.isPending}>{t('create')}</SubmitRow>
    </form>
  );
}
