import { createTranslator } from 'next-intl';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type { Locale } from '@/lib/i18n/config';
import type { NotificationKind } from '@/db/schema/notifications';

const MESSAGES = { fr, en } as const;

/** A notification's sentence in a language, from its kind and parameters (messages `notifications.kinds`). */
export function notificationText(locale: Locale, n: { kind: NotificationKind; params: Record<string, string> }): string {
  // Loosely typed on purpose: the messages are one large type, and kinds are checked by the schema's enum.
  const t = createTranslator({ locale, messages: MESSAGES[locale] as never }) as unknown as (key: string, values: Record<string, string>) => string;
  const params = { actor: '', version: '', section: '', indicator: '', due: '', body: '', reference: '', title: '', date: '', ...n.params };
  return t(`notifications.kinds.${n.kind}`, params);
}
