import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { listCallActionOptions, listProjectCalls } from '@/lib/project-calls/queries';
import { isoDay } from '@/lib/strategy/progress';
import { TableRegion } from '@/components/ui/table-region';
import { ProjectCallForm } from '@/components/project-calls/project-call-form';
import { DeleteProjectCallButton } from '@/components/project-calls/delete-project-call-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('calendar.calls'))('title') };
}

type Props = { params: Promise<{ workspace: string }> };

/** The calls for projects the authority watches (issue 19.4): their deadlines are in the calendar and the iCalendar feed. */
export default async function ProjectCallsPage({ params }: Props) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'projectCalls.read');
  const t = await getTranslations('calendar.calls');
  const format = await getFormatter();
  const today = isoDay(new Date());
  const calls = listProjectCalls(db, ctx, today);
  const manage = can(ctx.role, 'projectCalls.manage');
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
        <div className="actions">
          <Link href={`/${slug}/calendar`} className="button secondary">
            {t('back')}
          </Link>
        </div>
      </div>
      {calls.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <TableRegion labelledBy="calls-caption">
          <table>
            <caption id="calls-caption">{t('caption', { count: calls.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.title')}</th>
                <th scope="col">{t('fields.funder')}</th>
                <th scope="col">{t('fields.deadline')}</th>
                <th scope="col">{t('fields.action')}</th>
                {manage ? <th scope="col">{t('manage')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {calls.map((c) => (
                <tr key={c.id} id={`call-${c.id}`}>
                  <th scope="row">
                    {c.url ? (
                      <a href={c.url} rel="noopener noreferrer" target="_blank">
                        {c.title}
                      </a>
                    ) : (
                      c.title
                    )}
                  </th>
                  <td>{c.funder}</td>
                  <td>
                    <time dateTime={c.deadline}>{day(c.deadline)}</time>
                    {c.deadline < today ? <span className="muted"> ({t('closed')})</span> : null}
                  </td>
                  <td>{c.actionId && c.actionTitle ? <Link href={`/${slug}/actions/${c.actionId}`}>{c.actionTitle}</Link> : '—'}</td>
                  {manage ? (
                    <td>
                      <DeleteProjectCallButton workspaceId={ctx.workspaceId} id={c.id} title={c.title} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {manage ? <ProjectCallForm workspaceId={ctx.workspaceId} actions={listCallActionOptions(db, ctx)} /> : null}
    </>
  );
}
