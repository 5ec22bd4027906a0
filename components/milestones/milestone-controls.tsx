'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { deleteMilestoneAction, setMilestoneDoneAction } from '@/lib/milestones/actions';
import { FormError } from '@/components/ui/field';
import { useMilestonesMessage } from './use-message';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

/** Marks one milestone done today (or not done any more), or deletes it after a second click. */
export function MilestoneControls({ workspaceId, id, done, name }: { workspaceId: string; id: string; done: boolean; name: string }) {
  const t = useTranslations('milestones');
  const router = useRouter();
  const message = useMilestonesMessage();
  const step = useConfirmState();
  const mutation = useMutation({
    mutationFn: (change: 'done' | 'reopen' | 'delete') =>
      change === 'delete'
        ? deleteMilestoneAction(workspaceId, { id })
        : setMilestoneDoneAction(workspaceId, { id, doneOn: change === 'done' ? new Date().toISOString().slice(0, 10) : null }),
    onSuccess: (result) => {
      if (result.ok) {
        step.setConfirming(false);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? message(result.message) : null} />
      <button type="button" className="button small secondary" disabled={mutation.isPending} onClick={() => mutation.mutate(done ? 'reopen' : 'done')}>
        {done ? t('reopen', { name }) : t('markDone', { name })}
      </button>
      <ConfirmStep
        {...step}
        onConfirm={() => mutation.mutate('delete')}
        pending={mutation.isPending}
        label={t('delete', { name })}
        confirmLabel={t('confirmDelete', { name })}
        cancelLabel={t('cancel')}
        tone="secondary"
        small
      />
    </span>
  );
}
