'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/errors';
import { FormError } from '@/components/ui/field';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { useActionsMessage } from './use-message';

/**
 * A destructive button that asks for a second, explicit click before calling its server action;
 * the refusal (if any) is shown beside it. Once done, the page's data is refreshed, after opening
 * `goTo` when the deleted record's own page would no longer exist.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  confirmLabel,
  cancelLabel,
  run,
  goTo,
  small = false,
}: {
  label: string;
  accessibleLabel?: string;
  confirmLabel: string;
  cancelLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  goTo?: string;
  small?: boolean;
}) {
  const message = useActionsMessage();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (result.ok) {
        setConfirming(false);
        if (goTo) router.push(goTo);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? message(result.message) : null} />
      <ConfirmStep
        confirming={confirming}
        setConfirming={setConfirming}
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
        label={label}
        accessibleLabel={accessibleLabel}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        small={small}
      />
    </span>
  );
}
