'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { deleteCoFinancingLineAction, deleteInstalmentAction } from '@/lib/co-financing/actions';
import { LineForm, type LineFormInitial } from './line-form';
import { useCoFinancingMessage } from './use-message';
import { ConfirmButton } from '@/components/ui/confirm-button';

/** Removes a line or an instalment after a second click. */
export function RemoveButton({ workspaceId, id, kind, label }: { workspaceId: string; id: string; kind: 'line' | 'instalment'; label: string }) {
  const t = useTranslations('coFinancing');
  const message = useCoFinancingMessage();
  return (
    <ConfirmButton
      label={kind === 'line' ? t('delete', { name: label }) : t('deleteInstalment', { name: label })}
      confirmLabel={t('confirmDelete', { name: label })}
      cancelLabel={t('cancel')}
      run={() => (kind === 'line' ? deleteCoFinancingLineAction(workspaceId, { id }) : deleteInstalmentAction(workspaceId, { id }))}
      tone="secondary"
      small
      translate={message}
    />
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
