/** The message keys of a ConfirmButton's words; `accessible` names the button for screen readers when `label` alone is vague. */
export type ConfirmLabelKeys = { label: string; accessible?: string; confirm: string };

/** A domain's translator, as `useTranslations('<namespace>')` returns it (the namespace stays a literal at the call, for the messages test). */
type Translator = (key: string, values?: Record<string, string | number>) => string;

/**
 * The words of a ConfirmButton (components/ui/confirm-button.tsx) from one namespace's translator:
 * its label, accessible name, confirmation (both given `values`, e.g. the record's title) and the
 * namespace's `cancel`.
 */
export function confirmLabels(t: Translator, keys: ConfirmLabelKeys, values?: Record<string, string | number>) {
  return {
    label: t(keys.label),
    accessibleLabel: keys.accessible ? t(keys.accessible, values) : undefined,
    confirmLabel: t(keys.confirm, values),
    cancelLabel: t('cancel'),
  };
}
