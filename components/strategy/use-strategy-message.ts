'use client';

import { useTranslations } from 'next-intl';
import { useDomainMessage } from '@/components/ui/use-domain-message';

/** Translates what the common thread's actions and schemas return (components/ui/use-domain-message.ts). */
export function useStrategyMessage() {
  return useDomainMessage(useTranslations('strategy'));
}
