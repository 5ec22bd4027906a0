import type { CalendarEvent } from './types';

/** A translator as next-intl's `getTranslations()` / `createTranslator` return it, loosely typed. */
type Translate = (key: string, values?: Record<string, string>) => string;

/** An event's title in the reader's language: translates the values that are keys, then the title. */
export function eventTitle(t: Translate, event: Pick<CalendarEvent, 'title'>): string {
  const values = { ...event.title.values };
  for (const [name, prefix] of Object.entries(event.title.translate ?? {})) values[name] = t(`${prefix}.${values[name]}`);
  return t(event.title.key, values);
}
