import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listCalendarEvents } from '@/lib/calendar/events';
import { monthWeeks, parseMonth, shiftMonth } from '@/lib/calendar/month';
import { eventTitle } from '@/lib/calendar/title';
import type { CalendarEvent } from '@/lib/calendar/types';
import { isoDay } from '@/lib/strategy/progress';
import { MonthGridKeys } from '@/components/calendar/month-grid-keys';
import '@/components/milestones/milestones.css';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { HeaderRow } from '@/components/ui/data-table';
import { formatDay } from '@/lib/format/dates';
import { TableRegion } from '@/components/ui/table-region';

export const generateMetadata = pageTitle('calendar', 'title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<{ month?: string; view?: string }> };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The year's calendar (issue 19, point 4): every dated thing the member may see — milestones,
 * review, indicator and follow-up due dates — as a month grid or a list by day. Each source of
 * events applies its own rules (lib/calendar/sources).
 */
export default async function CalendarPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'calendar.read', 'calendar');
  const root = (await getTranslations()) as unknown as (key: string, values?: Record<string, string>) => string;
  const today = isoDay(new Date());
  const month = parseMonth(query.month, today);
  const view = query.view === 'list' ? 'list' : 'month';
  const weeks = monthWeeks(month);
  const range = view === 'month' ? { from: weeks[0]![0]!, to: weeks.at(-1)![6]! } : { from: `${month}-01`, to: `${shiftMonth(month, 1)}-01` };
  const events = listCalendarEvents(db, ctx, range, today).filter((e) => view === 'month' || e.date.startsWith(month));
  const byDay = new Map<string, CalendarEvent[]>();
  for (const e of events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const monthName = format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const longDay = (day: string) => formatDay(format, day, 'full');
  const href = (m: string, v: string) => `/${slug}/calendar?month=${m}&view=${v}`;
  const eventLink = (e: CalendarEvent) => (
    <Link href={`/${slug}${e.href}`} className="calendar-event" data-status={e.status} data-source={e.source}>
      <span className="visually-hidden">{t(`sources.${e.source}` as never)} — </span>
      {eventTitle(root, e)}
      {e.status !== 'planned' ? ` (${t(`statuses.${e.status}`)})` : null}
    </Link>
  );
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
        <div className="actions">
          {can(ctx.role, 'externalActions.read') ? (
            <Link href={`/${slug}/actions/milestones`} className="button secondary">
              {root('milestones.byAxis.link')}
            </Link>
          ) : null}
          {can(ctx.role, 'projectCalls.read') ? (
            <Link href={`/${slug}/calendar/calls`} className="button secondary">
              {t('calls.link')}
            </Link>
          ) : null}
        </div>
      </div>
      <nav aria-label={t('views.label')} className="actions">
        <Link href={href(month, 'month')} aria-current={view === 'month' ? 'page' : undefined} className="button secondary">
          {t('views.month')}
        </Link>
        <Link href={href(month, 'list')} aria-current={view === 'list' ? 'page' : undefined} className="button secondary">
          {t('views.list')}
        </Link>
      </nav>
      <nav aria-label={monthName} className="actions">
        <Link href={href(shiftMonth(month, -1), view)} rel="prev">
          ← {t('previous')}
        </Link>
        <h2 aria-live="polite">{monthName}</h2>
        <Link href={href(shiftMonth(month, 1), view)} rel="next">
          {t('next')} →
        </Link>
        {month !== today.slice(0, 7) ? <Link href={href(today.slice(0, 7), view)}>{t('current')}</Link> : null}
      </nav>
      <p className="hint">{view === 'month' ? t('gridHint') : t('keyboardHint')}</p>
      {view === 'month' ? (
        <TableRegion labelledBy="calendar-caption">
          <table className="calendar-grid" id="calendar-month">
            <caption id="calendar-caption" className="visually-hidden">
              {t('monthCaption', { month: monthName })}
            </caption>
            <thead>
              <HeaderRow columns={WEEKDAYS.map((d) => ({ label: t(`weekdays.${d}`) }))} />
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((day) => {
                    const list = byDay.get(day) ?? [];
                    return (
                      <td key={day} data-day={day} data-outside={!day.startsWith(month)} data-today={day === today}>
                        <span className="day-number">
                          <span aria-hidden="true">{Number(day.slice(8))}</span>
                          <span className="visually-hidden">
                            {longDay(day)}, {t('eventCount', { count: list.length })}
                          </span>
                        </span>
                        {list.length ? (
                          <ul>
                            {list.map((e) => (
                              <li key={e.uid}>{eventLink(e)}</li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <MonthGridKeys tableId="calendar-month" />
        </TableRegion>
      ) : events.length === 0 ? (
        <p className="muted">{t('noEvents')}</p>
      ) : (
        <ol className="calendar-list">
          {[...byDay.entries()].map(([day, list]) => (
            <li key={day}>
              <h3>
                <time dateTime={day}>{longDay(day)}</time>
              </h3>
              <ul>
                {list.map((e) => (
                  <li key={e.uid}>
                    <span className="pill" data-status={e.status}>
                      {t(`sources.${e.source}` as never)}
                    </span>{' '}
                    {eventLink(e)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
