'use client';

import { useTranslations } from 'next-intl';

/**
 * Translates a message key of the census domain (`census.validation.*`, `census.errors.*`); other
 * keys and zod's own text pass through unchanged, for `Field` to translate with `validation.*`.
 */
export function useCensusMessage() {
  const t = useTranslations('census');
  return (message?: string | null) => {
    if (!message) return undefined;
    if (t.has(`validation.${message}`)) return t(`validation.${message}`);
    if (t.has(`errors.${message}`)) return t(`errors.${message}`);
    return message;
  };
}
