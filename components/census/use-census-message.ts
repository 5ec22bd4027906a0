'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the census's actions and schemas return (components/ui/use-domain-message.ts). */
export function useCensusMessage() {
  return useDomainMessage(useTranslations('census'));
}
