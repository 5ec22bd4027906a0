'use client';

import { useTranslations } from 'next-intl';
import { deleteProjectCallAction } from '@/lib/project-calls/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Removes a call for projects from the register (and its deadline from the calendar) after a second click. */
export function DeleteProjectCallButton({ workspaceId, id, title }: { workspaceId: string; id: string; title: string }) {
  const labels = confirmLabels(useTranslations('calendar.calls'), { label: 'delete', accessible: 'deleteLabel', confirm: 'confirmDelete' }, { title });
  return <ConfirmButton {...labels} run={() => deleteProjectCallAction(workspaceId, { id })} />;
}
