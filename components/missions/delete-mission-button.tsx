'use client';

import { useTranslations } from 'next-intl';
import { deleteMissionAction } from '@/lib/missions/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';

/** Deletes a mission after a second, explicit click; the actors and returns its debrief recorded stay. */
export function DeleteMissionButton({ workspaceId, slug, id, title }: { workspaceId: string; slug: string; id: string; title: string }) {
  const t = useTranslations('missions');
  return (
    <ConfirmButton
      label={t('delete')}
      accessibleLabel={t('deleteLabel', { title })}
      confirmLabel={t('confirmDelete')}
      cancelLabel={t('cancel')}
      run={() => deleteMissionAction(workspaceId, { id })}
      goTo={`/${slug}/missions`}
    />
  );
}
