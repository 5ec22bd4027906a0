'use client';

import { useTranslations } from 'next-intl';
import { deleteExternalActionAction, deleteObservedReturnAction } from '@/lib/external-actions/actions';
import { ConfirmButton } from './confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Deletes an action (with everything linked to it) after a second click, then returns to the register. */
export function DeleteActionButton({ workspaceId, slug, id, title }: { workspaceId: string; slug: string; id: string; title: string }) {
  const labels = confirmLabels(useTranslations('externalActions'), { label: 'delete', confirm: 'confirmDelete' }, { title });
  return <ConfirmButton {...labels} run={() => deleteExternalActionAction(workspaceId, { id })} goTo={`/${slug}/actions`} />;
}

/** Deletes one observed return. */
export function DeleteObservedButton({ workspaceId, id }: { workspaceId: string; id: string }) {
  const labels = confirmLabels(useTranslations('externalActions'), { label: 'detail.deleteObserved', confirm: 'detail.deleteObserved' });
  return <ConfirmButton small {...labels} run={() => deleteObservedReturnAction(workspaceId, { id })} />;
}
