'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { eraseContactDataAction, exportContactDataAction } from '@/lib/actors/actions';
import { FormError } from '@/components/ui/field';
import { downloadBlob } from '@/components/ui/download';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

type Contact = { contactName: string | null; contactRole: string | null; contactEmail: string | null; contactPhone: string | null };

/** The contact person's details, with export (subject access) and erasure for those allowed. */
export function ContactData({ workspaceId, actorId, contact, canManage }: { workspaceId: string; actorId: string; contact: Contact; canManage: boolean }) {
  const t = useTranslations('actors');
  const router = useRouter();
  const step = useConfirmState();
  const [status, setStatus] = useState('');
  const exporter = useMutation({
    mutationFn: () => exportContactDataAction(workspaceId, { id: actorId }),
    onSuccess: (result) => {
      if (!result.ok) return;
      downloadBlob(new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' }), `contact-${actorId}.json`);
      setStatus(t('detail.exportReady'));
    },
  });
  const eraser = useMutation({
    mutationFn: () => eraseContactDataAction(workspaceId, { id: actorId }),
    onSuccess: (result) => {
      step.setConfirming(false);
      if (result.ok) {
        setStatus(t('detail.erased'));
        router.refresh();
      }
    },
  });
  const has = Object.values(contact).some(Boolean);
  const error = [exporter.data, eraser.data].find((r) => r && !r.ok);
  return (
    <div className="stack">
      <FormError message={error && !error.ok ? error.message : null} />
      {has ? (
        <dl className="facts">
          {(['contactName', 'contactRole', 'contactEmail', 'contactPhone'] as const).map((k) => (
            <div key={k}>
              <dt>{t(`fields.${k}`)}</dt>
              <dd>{contact[k] ?? t('none')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('detail.noContact')}</p>
      )}
      {canManage && has ? (
        <div className="actions">
          <button type="button" className="button small" onClick={() => exporter.mutate()} disabled={exporter.isPending}>
            {t('detail.exportContact')}
          </button>
          <ConfirmStep {...step} run={eraser} label={t('detail.eraseContact')} confirmLabel={t('detail.confirmErase')} cancelLabel={t('cancel')} small />
        </div>
      ) : null}
      <p role="status" className="form-success">
        {status}
      </p>
    </div>
  );
}
