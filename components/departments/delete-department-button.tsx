'use client';

import { useTranslations } from 'next-intl';
import { deleteDepartmentAction } from '@/lib/departments/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Deletes a department after a second click, then returns to the list. */
export function DeleteDepartmentButton({ workspaceId, slug, id, name }: { workspaceId: string; slug: string; id: string; name: string }) {
  const labels = confirmLabels(useTranslations('departments'), { label: 'delete', confirm: 'confirmDelete' }, { name });
  return <ConfirmButton {...labels} run={() => deleteDepartmentAction(workspaceId, { id })} goTo={`/${slug}/actions/departments`} />;
}
