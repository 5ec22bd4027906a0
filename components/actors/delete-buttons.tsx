'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteActorAction, deleteRelationAction } from '@/lib/actors/actions';
import { FormError } from '@/components/ui/field';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';
import { ConfirmStep } from '@/components/ui/confirm-step';

/** Deletes an actor after an explicit second click. */
export function DeleteActorButton({ workspaceId, slug, id, name }: { workspaceId: string; slug: string; id: string; name: string }) {
  const t = useTranslations('actors');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => deleteActorAction(workspaceId, { id }),
    onSuccess: (result) => {
      if (result.ok) {
        router.push(`/${slug}/actors`);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? result.message : null} />
      <ConfirmStep
        confirming={confirming}
        setConfirming={setConfirming}
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
        label={t('delete')}
        confirmLabel={t('confirmDelete', { name })}
        cancelLabel={t('cancel')}
      />
    </span>
  );
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
