import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { DueList } from '@/lib/journey/due';
import { eventTitle } from '@/lib/calendar/title';
import type { CalendarEvent } from '@/lib/calendar/types';
import { formatDay } from '@/lib/format/dates';

/** The home page's "due soon and late" card: the reader's own dated things, late first, each linking to its page. */
export async function DueCard({ slug, due }: { slug: string; due: DueList }) {
  const t = await getTranslations('calendar.due');
  const root = (await getTranslations()) as unknown as (key: string, values?: Record<string, string>) => string;
  const format = await getFormatter();
  const day = (iso: string) => formatDay(format, iso);
  const list = (events: CalendarEvent[]) => (
    <ul className="stack">
      {events.map((e) => (
        <li key={e.uid}>
          <Link href={`/${slug}${e.href}`}>{t('item', { date: day(e.date), title: eventTitle(root, e) })}</Link>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="due-heading" className="card journey-due">
      <h2 id="due-heading">{t('title')}</h2>
      {due.late.length === 0 && due.due.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <>
          {due.late.length ? (
            <>
              <h3>{t('late')}</h3>
              {list(due.late)}
            </>
          ) : null}
          {due.due.length ? (
            <>
              <h3>{t('upcoming')}</h3>
              {list(due.due)}
            </>
          ) : null}
        </>
      )}
      <p>
        <Link href={`/${slug}/calendar`}>{t('openCalendar')}</Link>
      </p>
    </section>
  );
}
