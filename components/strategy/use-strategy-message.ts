'use client';

import { useTranslations } from 'next-intl';
import { useValidationMessage } from '@/components/ui/field';

/**
 * Translates what the strategy's actions and schemas return: keys under `strategy.errors` and
 * `strategy.validation`, otherwise the app-wide validation messages, otherwise the text as is.
 */
export function useStrategyMessage() {
  const t = useTranslations('strategy');
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
