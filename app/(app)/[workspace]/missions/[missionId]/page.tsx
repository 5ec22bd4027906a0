import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getMissionDetail } from '@/lib/missions/queries';
import { getDebriefDetail } from '@/lib/missions/debrief';
import { countryName } from '@/lib/geo';
import { formatMoney } from '@/components/external-actions/money';
import { formatPeriod } from '@/components/external-actions/period';
import { DeleteMissionButton } from '@/components/missions/delete-mission-button';
import { debriefDocumentName } from '@/lib/collab/names';
import { DebriefLists } from '@/components/missions/debrief-view';
import { DebriefFreeText } from '@/components/missions/debrief-free-text';
import { FollowUpDoneToggle } from '@/components/missions/follow-up-toggle';
import { DataTable } from '@/components/ui/data-table';
import { PageHead } from '@/components/ui/page-head';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';
import { formatDay } from '@/lib/format/dates';
import { BackLink } from '@/components/ui/back-link';

type Params = { workspace: string; missionId: string };
type Props = { params: Promise<Params> };

export const generateMetadata = recordTitle('missions.read', (ctx, { missionId }: Params) => getMissionDetail(db, ctx, missionId).mission.title);

/** A card of the mission's page: its heading, then its content, or `none` when it has nothing to show. */
function RecordCard({ id, title, none, children }: { id: string; title: string; none: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children ?? <p>{none}</p>}
    </section>
  );
}

/** One mission: the trip, who took part, the day-by-day programme, its costs and documents, and its debrief. */
export default async function MissionPage({ params }: Props) {
  const { missionId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'missions.read', 'missions');
  const detail = orNotFound(() => getMissionDetail(db, ctx, missionId));
  const debrief = getDebriefDetail(db, ctx, missionId);
  const { mission } = detail;
  const ta = await getTranslations('externalActions');
  const base = `/${slug}/missions`;
  const date = (iso: string) => formatDay(format, iso, 'full');
  const days = [...new Set(detail.meetings.map((m) => m.day))];
  const total = detail.budgetLines.reduce((s, l) => s + l.amountCents, 0);
  const participantName = (p: (typeof detail.participants)[number]) => p.userName ?? p.actorName ?? p.name ?? t('none');
  return (
    <>
      <BackLink href={base}>← {t('back')}</BackLink>
      <PageHead
        title={mission.title}
        lead={
          <>
            {t(`directions.${mission.direction}`)} · {t(`kinds.${mission.kind}`)} ·{' '}
            {[mission.city, countryName(mission.country, locale)].filter(Boolean).join(', ')}
          </>
        }
        leadClass="lede"
        actions={
          <>
            {detail.canDebrief ? (
              <Link href={`${base}/${mission.id}/debrief`} className="button primary">
                {t('debrief.write')}
              </Link>
            ) : null}
            {can(ctx.role, 'missions.export') ? (
              <>
                {(['fr', 'en'] as const).flatMap((lang) =>
                  (['docx', 'pdf'] as const).map((format) => (
                    <a
                      key={`${lang}-${format}`}
                      className="button"
                      href={`/api/workspaces/${slug}/missions/${mission.id}/report?lang=${lang}&format=${format}`}
                      download
                    >
                      {format === 'pdf' ? t(`exportPdf.${lang}`) : t(`export.${lang}`)}
                    </a>
                  )),
                )}
              </>
            ) : null}
            {detail.canManage ? (
              <>
                <Link href={`${base}/${mission.id}/edit`} className="button">
                  {t('edit')}
                </Link>
                <DeleteMissionButton workspaceId={ctx.workspaceId} slug={slug} id={mission.id} title={mission.title} />
              </>
            ) : null}
          </>
        }
      />
      {detail.debrief.late ? (
        <p className="warning-text" role="note" data-debrief="late">
          {t('debrief.lateNotice', { date: date(detail.debrief.due), name: detail.assignee?.name ?? t('none') })}
        </p>
      ) : null}
      <section className="card" aria-labelledby="trip-h">
        <h2 id="trip-h">{t('form.trip')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('fields.period')}</dt>
            <dd>{formatPeriod(format, ta, mission.startDate, mission.endDate)}</dd>
          </div>
          <div>
            <dt>{t('fields.partnership')}</dt>
            <dd>{detail.partnership ? <Link href={`/${slug}/partnerships/${detail.partnership.id}`}>{detail.partnership.title}</Link> : t('none')}</dd>
          </div>
          <div>
            <dt>{t('fields.debriefAssignee')}</dt>
            <dd>
              {detail.assignee?.name ?? t('none')} · {detail.debrief.submitted ? t('debriefStates.done') : t('table.dueOn', { date: date(detail.debrief.due) })}
            </dd>
          </div>
        </dl>
        {mission.purpose ? <p className="prewrap">{mission.purpose}</p> : null}
        <h3>{t('fields.actions')}</h3>
        {detail.actions.length ? (
          <ul>
            {detail.actions.map((a) => (
              <li key={a.id}>{can(ctx.role, 'externalActions.read') ? <Link href={`/${slug}/actions/${a.id}`}>{a.title}</Link> : a.title}</li>
            ))}
          </ul>
        ) : (
          <p>{t('none')}</p>
        )}
      </section>
      <RecordCard id="participants-h" title={t('form.participants')} none={t('none')}>
        {detail.participants.length ? (
          <DataTable
            labelledBy="participants-h"
            columns={[t('fields.participantName'), t('fields.participantKind'), t('fields.department'), t('fields.participantRole')]}
          >
            {detail.participants.map((p) => (
              <tr key={p.id}>
                <th scope="row">{participantName(p)}</th>
                <td>{t(`participantKinds.${p.kind}`)}</td>
                <td>{p.departmentName ?? ''}</td>
                <td>{p.role ?? ''}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </RecordCard>
      <RecordCard id="programme-h" title={t('form.programme')} none={t('none')}>
        {days.length
          ? days.map((day) => (
              <div key={day}>
                <h3>{date(day)}</h3>
                <ul>
                  {detail.meetings
                    .filter((m) => m.day === day)
                    .map((m) => (
                      <li key={m.id}>
                        {m.time ? `${m.time} — ` : ''}
                        {m.subject}
                        {m.actorId && m.actorName ? (
                          <>
                            {' · '}
                            {can(ctx.role, 'actors.read') ? <Link href={`/${slug}/actors/${m.actorId}`}>{m.actorName}</Link> : m.actorName}
                          </>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </div>
            ))
          : null}
      </RecordCard>
      <RecordCard id="costs-h" title={t('form.costs')} none={t('none')}>
        {detail.budgetLines.length ? (
          <DataTable
            labelledBy="costs-h"
            columns={[ta('fields.label'), ta('fields.year'), ta('fields.fundingSource'), t('fields.department'), { label: ta('fields.amount'), num: true }]}
            foot={
              <>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('total')}
                  </th>
                  <td className="num">{formatMoney(format, total, true)}</td>
                </tr>
              </>
            }
          >
            {detail.budgetLines.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.label ?? t('none')}</th>
                <td>{l.year}</td>
                <td>{ta(`fundingSources.${l.fundingSource}`)}</td>
                <td>{l.departmentName ?? ''}</td>
                <td className="num">{formatMoney(format, l.amountCents, true)}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </RecordCard>
      <RecordCard id="documents-h" title={t('form.documents')} none={t('none')}>
        {mission.documents.length ? (
          <ul>
            {mission.documents.map((d, i) => (
              <li key={i}>
                <a href={d.url} rel="noopener noreferrer nofollow" target="_blank">
                  {d.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </RecordCard>
      <section className="card" aria-labelledby="debrief-h">
        <h2 id="debrief-h">{t('debrief.title')}</h2>
        {mission.debriefSummary ? <p className="prewrap">{mission.debriefSummary}</p> : <p>{t('debrief.noSummary')}</p>}
        {mission.debriefNotes ? <p className="prewrap">{mission.debriefNotes}</p> : null}
      </section>
      {debrief.freeText.paragraphs.length ? (
        <DebriefFreeText
          missionId={missionId}
          documentName={debriefDocumentName(missionId)}
          writable={false}
          html={debrief.freeText.html}
          user={{ id: ctx.userId, name: '', color: '' }}
        />
      ) : null}
      <DebriefLists
        slug={slug}
        debrief={debrief}
        toggle={(f, label) =>
          detail.canDebrief || (f.ownerId === ctx.userId && can(ctx.role, 'missions.debrief')) ? (
            <FollowUpDoneToggle workspaceId={ctx.workspaceId} id={f.id} done={f.done} label={label} />
          ) : null
        }
      />
    </>
  );
}
