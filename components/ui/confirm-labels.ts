'use client';

import { useTranslations } from 'next-intl';

/** The message keys of a ConfirmButton's words in one namespace; `accessible` names the button for screen readers when `label` alone is vague. */
export type ConfirmLabelKeys = { label: string; accessible?: string; confirm: string };

/**
 * The words of a ConfirmButton (components/ui/confirm-button.tsx) read from one message namespace:
 * its label, accessible name, confirmation (both given `values`, e.g. the record's title) and the
 * namespace's `cancel`.
 */
export function useConfirmLabels(namespace: string, keys: ConfirmLabelKeys, values?: Record<string, string | number>) {
  const t = useTranslations(namespace);
  return {
    label: t(keys.label),
    accessibleLabel: keys.accessible ? t(keys.accessible, values) : undefined,
    confirmLabel: t(keys.confirm, values),
    cancelLabel: t('cancel'),
  };
}
