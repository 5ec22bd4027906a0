'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the strategy document's actions and schemas return (components/ui/use-domain-message.ts). */
export function useDocumentMessage() {
  return useDomainMessage(useTranslations('document'));
}
