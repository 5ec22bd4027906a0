'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/errors';
import { usePartnershipMessage } from './use-partnership-message';

/**
 * Sends a form of the partnership's space to its server action: a refusal shows its field errors
 * and message (in the person's language); a success clears them and shows what `onDone` returns.
 */
export function useEntrySubmit() {
  const tr = usePartnershipMessage();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const send = <R>(call: () => Promise<ActionResult<R>>, onDone: (data: R) => string) => {
    setSuccess(null);
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(tr(result.message) ?? result.message);
        return;
      }
      setErrors({});
      setFormError(null);
      setSuccess(onDone(result.data));
    });
  };
  return { pending, errors, formError, success, send };
}

/** Runs an action from a button or a checkbox: its refusal shown, else the page refreshed (after going to `then`, when given). */
export function usePartnershipRun(then?: string) {
  const router = useRouter();
  const tr = usePartnershipMessage();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await call();
      if (!result.ok) setError(tr(result.message) ?? result.message ?? null);
      else {
        setError(null);
        if (then) router.push(then);
        router.refresh();
      }
    });
  return { pending, error, run };
}
