'use client';

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/errors';
import { FormError } from '@/components/ui/field';
import { useActionsMessage } from './use-message';

/**
 * A destructive button that asks for a second, explicit click before calling its server action;
 * the refusal (if any) is shown beside it.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  confirmLabel,
  cancelLabel,
  run,
  onDone,
  small = false,
}: {
  label: string;
  accessibleLabel?: string;
  confirmLabel: string;
  cancelLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  onDone: () => void;
  small?: boolean;
}) {
  const message = useActionsMessage();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (result.ok) {
        setConfirming(false);
        onDone();
      }
    },
  });
  const result = mutation.data;
  const size = small ? ' small' : '';
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? message(result.message) : null} />
      {confirming ? (
        <>
          <button type="button" className={`button danger${size}`} onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {confirmLabel}
          </button>
          <button type="button" className={`button ghost${size}`} onClick={() => setConfirming(false)}>
            {cancelLabel}
          </button>
        </>
      ) : (
        <button type="button" className={`button ghost${size}`} onClick={() => setConfirming(true)} aria-label={accessibleLabel}>
          {label}
        </button>
      )}
    </span>
  );
}
