import { translatorFor } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import type { NotificationKind } from '@/db/schema/notifications';
import { formatDay } from '@/lib/format/dates';

/** A notification's sentence in a language, from its kind and parameters (messages `notifications.kinds`). */
export function notificationText(locale: Locale, n: { kind: NotificationKind; params: Record<string, string> }): string {
  // Loosely typed on purpose: the messages are one large type, and kinds are checked by the schema's enum.
  const t = translatorFor(locale);
  const params: Record<string, string> = {
    actor: '',
    version: '',
    section: '',
    indicator: '',
    due: '',
    body: '',
    reference: '',
    title: '',
    date: '',
    ...n.params,
  };
  // Days are stored as YYYY-MM-DD and read as long dates in the reader's language.
  for (const key of ['date', 'due'] as const) {
    const day = params[key]!;
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) params[key] = formatDay(locale, day, 'long');
  }
  return t(`notifications.kinds.${n.kind}`, params);
}
