'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { completeDiagnosticAction, deleteDiagnosticAction } from '@/lib/diagnostic/actions';
import type { ActionResult } from '@/lib/errors';
import { FormError } from '@/components/ui/field';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

/**
 * A command on the diagnostic that leaves its page: once done, `goTo` opens (refreshed); a refusal
 * (or a network failure) is kept in `error`, in the person's language, after `onRefused`.
 */
function useLeavingCommand(run: () => Promise<ActionResult<unknown>>, goTo: string, onRefused?: () => void) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (result.ok) {
        router.push(goTo);
        router.refresh();
      } else {
        onRefused?.();
        setError(tr(result.message) ?? result.message);
      }
    },
    onError: () => setError(t('errors.network')),
  });
  return { mutation, error };
}

/** Completes (freezes) a diagnostic after an explicit confirmation. */
export function CompleteDiagnostic({
  workspaceId,
  diagnosticId,
  resultsHref,
  blocked,
}: {
  workspaceId: string;
  diagnosticId: string;
  resultsHref: string;
  blocked: boolean;
}) {
  const t = useTranslations('diagnostic');
  const [confirming, setConfirming] = useState(false);
  const { mutation: complete, error } = useLeavingCommand(
    () => completeDiagnosticAction(workspaceId, { diagnosticId }),
    resultsHref,
    () => setConfirming(false),
  );
  return (
    <div className="stack no-print">
      <FormError message={error} />
      {confirming ? (
        <div className="notice stack" role="group" aria-label={t('completeTitle')}>
          <p>{t('completeWarning')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => complete.mutate()} disabled={complete.isPending}>
              {t('completeConfirm')}
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button primary"
          onClick={() => setConfirming(true)}
          disabled={blocked}
          aria-describedby={blocked ? 'complete-blocked' : undefined}
        >
          {t('complete')}
        </button>
      )}
      {blocked ? (
        <p id="complete-blocked" className="hint">
          {t('completeBlocked')}
        </p>
      ) : null}
    </div>
  );
}

/** Deletes a diagnostic in progress after an explicit confirmation. */
export function DeleteDiagnostic({ workspaceId, diagnosticId, listHref }: { workspaceId: string; diagnosticId: string; listHref: string }) {
  const t = useTranslations('diagnostic');
  const step = useConfirmState();
  const { mutation: remove, error } = useLeavingCommand(() => deleteDiagnosticAction(workspaceId, { diagnosticId }), listHref);
  return (
    <div className="no-print">
      <FormError message={error} />
      <ConfirmStep {...step} run={remove} label={t('delete')} confirmLabel={t('deleteConfirm')} cancelLabel={t('cancel')} small pairClass="inline-form" />
    </div>
  );
}
