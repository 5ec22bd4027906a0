'use client';

import { useTranslations } from 'next-intl';
import { deleteDepartmentAction } from '@/lib/departments/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';

/** Deletes a department after a second click, then returns to the list. */
export function DeleteDepartmentButton({ workspaceId, slug, id, name }: { workspaceId: string; slug: string; id: string; name: string }) {
  const t = useTranslations('departments');
  return (
    <ConfirmButton
      label={t('delete')}
      confirmLabel={t('confirmDelete', { name })}
      cancelLabel={t('cancel')}
      run={() => deleteDepartmentAction(workspaceId, { id })}
      goTo={`/${slug}/actions/departments`}
    />
  );
}
