'use client';

import { useValidationMessage } from '@/components/ui/field';

/** A domain's translator, as `useTranslations('<namespace>')` returns it (only `has` and the call are used). */
type DomainTranslator = { has(key: string): boolean; (key: string): string };

/**
 * Translates what a domain's actions and schemas return: keys under `<namespace>.errors` and
 * `<namespace>.validation`, otherwise the app-wide validation messages, otherwise the text as is
 * (already translated by the action wrapper, or zod's own localised message). Each domain keeps a
 * one-line hook that passes `useTranslations('<namespace>')`, so the messages test sees which
 * namespaces its components need.
 */
export function useDomainMessage(t: DomainTranslator) {
  const validation = useValidationMessage();
  return (message?: string | null): string | undefined => {
    if (!message) return undefined;
    if (/^[A-Za-z_]+$/.test(message)) {
      if (t.has(`errors.${message}`)) return t(`errors.${message}`);
      if (t.has(`validation.${message}`)) return t(`validation.${message}`);
    }
    return validation(message);
  };
}
