'use client';

import { useTranslations } from 'next-intl';
import { deleteMissionAction } from '@/lib/missions/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Deletes a mission after a second, explicit click; the actors and returns its debrief recorded stay. */
export function DeleteMissionButton({ workspaceId, slug, id, title }: { workspaceId: string; slug: string; id: string; title: string }) {
  const labels = confirmLabels(useTranslations('missions'), { label: 'delete', accessible: 'deleteLabel', confirm: 'confirmDelete' }, { title });
  return <ConfirmButton {...labels} run={() => deleteMissionAction(workspaceId, { id })} goTo={`/${slug}/missions`} />;
}
