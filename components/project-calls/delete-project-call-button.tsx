'use client';

import { useTranslations } from 'next-intl';
import { deleteProjectCallAction } from '@/lib/project-calls/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';

/** Removes a call for projects from the register (and its deadline from the calendar) after a second click. */
export function DeleteProjectCallButton({ workspaceId, id, title }: { workspaceId: string; id: string; title: string }) {
  const t = useTranslations('calendar.calls');
  return (
    <ConfirmButton
      label={t('delete')}
      accessibleLabel={t('deleteLabel', { title })}
      confirmLabel={t('confirmDelete')}
      cancelLabel={t('cancel')}
      run={() => deleteProjectCallAction(workspaceId, { id })}
    />
  );
}
