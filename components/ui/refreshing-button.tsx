'use client';

import type { ReactNode } from 'react';
import type { ActionResult } from '@/lib/errors';
import { FormError } from './field';
import { useRefreshingMutation } from './use-refreshing-mutation';

type RefreshingButtonProps = {
  run: () => Promise<ActionResult<unknown>>;
  label: ReactNode;
  /** The button's name for assistive technologies when `label` alone is vague. */
  accessibleLabel?: string;
  className?: string;
  /** Words a refusal in the domain's terms (its use-message hook). */
  translate: (message?: string | null) => string | undefined;
};

/** A button (no form) that runs a server action and refreshes the page; a refusal is shown before it. */
export function RefreshingButton({ run, label, accessibleLabel, className = 'button ghost small', translate }: RefreshingButtonProps) {
  const mutation = useRefreshingMutation(run);
  const result = mutation.data;
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? translate(result.message) : null} />
      <button type="button" className={className} disabled={mutation.isPending} onClick={() => mutation.mutate()} aria-label={accessibleLabel}>
        {label}
      </button>
    </span>
  );
}
