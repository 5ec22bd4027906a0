'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/errors';
import { FormError } from '@/components/ui/field';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

export type ConfirmButtonProps = {
  label: string;
  accessibleLabel?: string;
  confirmLabel: string;
  cancelLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  goTo?: string;
  small?: boolean;
  tone?: 'ghost' | 'secondary';
  /** Words a refusal in the domain's terms (its use-message hook); without it, the message is shown as the action returned it. */
  translate?: (message?: string | null) => string | undefined;
};

/**
 * A destructive button that asks for a second, explicit click before calling its server action;
 * the refusal (if any) is shown beside it. Once done, the page's data is refreshed, after opening
 * `goTo` when the deleted record's own page would no longer exist.
 */
export function ConfirmButton({ run, goTo, translate, ...step }: ConfirmButtonProps) {
  const router = useRouter();
  const confirm = useConfirmState();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (result.ok) {
        confirm.setConfirming(false);
        if (goTo) router.push(goTo);
        router.refresh();
      }
    },
  });
  const result = mutation.data;
  const refusal = result && !result.ok ? result.message : null;
  return (
    <span className="inline-form">
      <FormError message={translate ? translate(refusal) : refusal} />
      <ConfirmStep {...confirm} {...step} run={mutation} />
    </span>
  );
}
