'use client';

import { useTranslations } from 'next-intl';
import { useValidationMessage } from '@/components/ui/field';

/**
 * Translates what the external actions', departments' and competencies' actions and schemas
 * return: keys under `externalActions.errors` and `externalActions.validation`, otherwise the
 * app-wide validation messages, otherwise the text as is (already translated by the action
 * wrapper, or zod's own localised message).
 */
export function useActionsMessage() {
  const t = useTranslations('externalActions');
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
