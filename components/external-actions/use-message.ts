'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the external actions', departments' and competencies' actions and schemas return (components/ui/use-domain-message.ts). */
export function useActionsMessage() {
  return useDomainMessage(useTranslations('externalActions'));
}
