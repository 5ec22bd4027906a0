'use client';

import { useTranslations } from 'next-intl';
import { deleteActorAction, deleteRelationAction } from '@/lib/actors/actions';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Deletes an actor after an explicit second click. */
export function DeleteActorButton({ workspaceId, slug, id, name }: { workspaceId: string; slug: string; id: string; name: string }) {
  const labels = confirmLabels(useTranslations('actors'), { label: 'delete', confirm: 'confirmDelete' }, { name });
  return <ConfirmButton {...labels} run={() => deleteActorAction(workspaceId, { id })} goTo={`/${slug}/actors`} />;
}

/** Deletes one relation. */
export function DeleteRelationButton({ workspaceId, id, label }: { workspaceId: string; id: string; label: string }) {
  const t = useTranslations('actors');
  const mutation = useRefreshingMutation(() => deleteRelationAction(workspaceId, { id }));
  return (
    <button type="button" className="button ghost small" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
      {t('relation.remove')}
      <span className="visually-hidden"> — {label}</span>
    </button>
  );
}
