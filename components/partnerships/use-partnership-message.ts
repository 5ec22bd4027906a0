'use client';

import { useTranslations } from 'next-intl';
import { useValidationMessage } from '@/components/ui/field';

/** Translates what the partnership actions return: keys under `partnerships.validation`, otherwise the app-wide messages. */
export function usePartnershipMessage() {
  const t = useTranslations('partnerships');
  const validation = useValidationMessage();
  return (message?: string | null): string | undefined => {
    if (!message) return undefined;
    if (/^[A-Za-z_]+$/.test(message) && t.has(`validation.${message}`)) return t(`validation.${message}`);
    return validation(message);
  };
}
