'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the milestones' actions and schemas return (components/ui/use-domain-message.ts). */
export function useMilestonesMessage() {
  return useDomainMessage(useTranslations('milestones'));
}
