'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the term and round actions return: `rounds.*` keys first, then the strategy's (components/ui/use-domain-message.ts). */
export function useRoundsMessage() {
  const rounds = useTranslations('rounds');
  const strategy = useDomainMessage(useTranslations('strategy'));
  return (message?: string | null): string | undefined => {
    if (message && /^[A-Za-z_]+$/.test(message)) {
      if (rounds.has(`errors.${message}`)) return rounds(`errors.${message}`);
      if (rounds.has(`validation.${message}`)) return rounds(`validation.${message}`);
    }
    return strategy(message);
  };
}
