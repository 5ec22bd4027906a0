'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { deleteCoFinancingLineAction, deleteInstalmentAction } from '@/lib/co-financing/actions';
import { FormError } from '@/components/ui/field';
import { LineForm, type LineFormInitial } from './line-form';
import { useCoFinancingMessage } from './use-message';
import { ConfirmStep } from '@/components/ui/confirm-step';

/** Removes a line or an instalment after a second click. */
export function RemoveButton({ workspaceId, id, kind, label }: { workspaceId: string; id: string; kind: 'line' | 'instalment'; label: string }) {
  const t = useTranslations('coFinancing');
  const router = useRouter();
  const message = useCoFinancingMessage();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => (kind === 'line' ? deleteCoFinancingLineAction(workspaceId, { id }) : deleteInstalmentAction(workspaceId, { id })),
    onSuccess: (result) => {
      if (result.ok) {
        setConfirming(false);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  const name = kind === 'line' ? t('delete', { name: label }) : t('deleteInstalment', { name: label });
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? message(result.message) : null} />
      <ConfirmStep
        confirming={confirming}
        setConfirming={setConfirming}
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
        label={name}
        confirmLabel={t('confirmDelete', { name: label })}
        cancelLabel={t('cancel')}
        tone="secondary"
        small
      />
    </span>
  );
}

/** Edit (inline form) and remove buttons of one funding line. */
export function LineControls({ workspaceId, actionId, initial }: { workspaceId: string; actionId: string; initial: LineFormInitial }) {
  const t = useTranslations('coFinancing');
  const [editing, setEditing] = useState(false);
  if (editing) return <LineForm workspaceId={workspaceId} actionId={actionId} initial={initial} onDone={() => setEditing(false)} />;
  return (
    <span className="inline-form">
      <button type="button" className="button small secondary" onClick={() => setEditing(true)}>
        {t('edit', { name: initial.name })}
      </button>
      <RemoveButton workspaceId={workspaceId} id={initial.id} kind="line" label={initial.name} />
    </span>
  );
}
