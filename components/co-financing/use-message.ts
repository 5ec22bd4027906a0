'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the co-financing actions and schemas return (components/ui/use-domain-message.ts). */
export function useCoFinancingMessage() {
  return useDomainMessage(useTranslations('coFinancing'));
}
