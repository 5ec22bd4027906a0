'use client';

import { useTranslations } from 'next-intl';
import { useValidationMessage } from '@/components/ui/field';

/**
 * Translates what the document's actions return: keys under `document.errors` and
 * `document.validation`, otherwise the app-wide validation messages, otherwise the text as is.
 */
export function useDocumentMessage() {
  const t = useTranslations('document');
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
