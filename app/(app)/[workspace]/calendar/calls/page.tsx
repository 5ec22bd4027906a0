import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listCallActionOptions, listProjectCalls } from '@/lib/project-calls/queries';
import { isoDay } from '@/lib/strategy/progress';
import { ProjectCallForm } from '@/components/project-calls/project-call-form';
import { DeleteProjectCallButton } from '@/components/project-calls/delete-project-call-button';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';
import { PageHead } from '@/components/ui/page-head';
import { formatDay } from '@/lib/format/dates';

export const generateMetadata = pageTitle('calendar.calls', 'title');

type Props = { params: Promise<{ workspace: string }> };

/** The calls for projects the authority watches (issue 19.4): their deadlines are in the calendar and the iCalendar feed. */
export default async function ProjectCallsPage({ params }: Props) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'projectCalls.read', 'calendar.calls');
  const today = isoDay(new Date());
  const calls = listProjectCalls(db, ctx, today);
  const manage = can(ctx.role, 'projectCalls.manage');
  const day = (iso: string) => formatDay(format, iso, 'long');
  return (
    <>
      <PageHead
        title={t('title')}
        lead={t('intro')}
        actions={
          <Link href={`/${slug}/calendar`} className="button secondary">
            {t('back')}
          </Link>
        }
      />
      {calls.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <DataTable
          id="calls"
          caption={t('caption', { count: calls.length })}
          columns={[t('fields.title'), t('fields.funder'), t('fields.deadline'), t('fields.action'), manage ? t('manage') : null]}
        >
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
        </DataTable>
      )}
      {manage ? <ProjectCallForm workspaceId={ctx.workspaceId} actions={listCallActionOptions(db, ctx)} /> : null}
    </>
  );
}
