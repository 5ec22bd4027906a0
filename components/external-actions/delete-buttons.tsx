'use client';

import { useTranslations } from 'next-intl';
import { deleteExternalActionAction, deleteObservedReturnAction } from '@/lib/external-actions/actions';
import { ConfirmButton } from './confirm-button';

/** Deletes an action (with everything linked to it) after a second click, then returns to the register. */
export function DeleteActionButton({ workspaceId, slug, id, title }: { workspaceId: string; slug: string; id: string; title: string }) {
  const t = useTranslations('externalActions');
  return (
    <ConfirmButton
      label={t('delete')}
      confirmLabel={t('confirmDelete', { title })}
      cancelLabel={t('cancel')}
      run={() => deleteExternalActionAction(workspaceId, { id })}
      goTo={`/${slug}/actions`}
    />
  );
}

/** Deletes one observed return. */
export function DeleteObservedButton({ workspaceId, id }: { workspaceId: string; id: string }) {
  const t = useTranslations('externalActions');
  return (
    <ConfirmButton
      small
      label={t('detail.deleteObserved')}
      confirmLabel={t('detail.deleteObserved')}
      cancelLabel={t('cancel')}
      run={() => deleteObservedReturnAction(workspaceId, { id })}
    />
  );
}
