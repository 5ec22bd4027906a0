import { forbidden } from 'next/navigation';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { getDebriefMission, getMissionDetail } from '@/lib/missions/queries';
import { listMissionFormOptions } from '@/lib/missions/form-options';
import { getDebriefDetail } from '@/lib/missions/debrief';
import { getSessionUser } from '@/lib/auth/session';
import { debriefDocumentName } from '@/lib/collab/names';
import { DebriefLists } from '@/components/missions/debrief-view';
import { DebriefFreeText } from '@/components/missions/debrief-free-text';
import { caretColor } from '@/components/partnerships/colors';
import { ContactForm, DebriefTextForm, FollowUpForm, RemoveEntryButton, ReturnForm } from '@/components/missions/debrief-forms';
import { FollowUpDoneToggle } from '@/components/missions/follow-up-toggle';
import { loadWorkspacePage } from '@/lib/shell/page';
import { missionMessageTitle, type MissionParams } from '../mission-title';
import { BackLink } from '@/components/ui/back-link';

type Props = { params: Promise<MissionParams> };

export const generateMetadata = missionMessageTitle('missions.debrief', 'debrief.pageTitle', (ctx, missionId) => getDebriefDetail(db, ctx, missionId));

/**
 * The debrief of a mission, for its assignee (or a manager): what was done, the contacts met
 * (which create or update actors and relations), the returns observed on its actions, the
 * follow-up items and the free text.
 */
export default async function DebriefPage({ params }: Props) {
  const { missionId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'missions.debrief', 'missions');
  orNotFound(() => {
    try {
      return getDebriefMission(db, ctx, missionId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'forbidden') forbidden();
      throw error;
    }
  });
  const detail = getMissionDetail(db, ctx, missionId);
  const debrief = getDebriefDetail(db, ctx, missionId);
  const options = listMissionFormOptions(db, ctx);
  const { mission } = detail;
  const user = await getSessionUser();
  const actors = options.actors.map((a) => ({ id: a.id, name: a.name, family: a.family }));
  const defaultRelated = detail.partnership?.actorId ?? '';
  return (
    <>
      <BackLink href={`/${slug}/missions/${missionId}`}>← {mission.title}</BackLink>
      <h1>{t('debrief.pageTitle', { title: mission.title })}</h1>
      <p className="lede">{t('debrief.intro')}</p>
      <DebriefTextForm
        workspaceId={ctx.workspaceId}
        missionId={missionId}
        summary={mission.debriefSummary ?? ''}
        notes={mission.debriefNotes ?? ''}
        submitted={!!mission.debriefSubmittedAt}
      />
      <DebriefFreeText
        missionId={missionId}
        documentName={debriefDocumentName(missionId)}
        writable
        html={debrief.freeText.html}
        user={{ id: ctx.userId, name: user?.name ?? '', color: caretColor(ctx.userId) }}
      />
      <section className="card stack" aria-labelledby="debrief-entries-h">
        <h2 id="debrief-entries-h">{t('debrief.entries')}</h2>
        <ContactForm workspaceId={ctx.workspaceId} missionId={missionId} actors={actors} defaultRelated={defaultRelated} defaultDay={mission.startDate} />
        {detail.actions.length ? (
          <ReturnForm workspaceId={ctx.workspaceId} missionId={missionId} actions={detail.actions} expected={debrief.expected} defaultDay={mission.endDate} />
        ) : (
          <p>{t('debrief.noActions')}</p>
        )}
        <FollowUpForm workspaceId={ctx.workspaceId} missionId={missionId} members={options.members} defaultOwner={ctx.userId} />
      </section>
      <DebriefLists
        slug={slug}
        debrief={debrief}
        actions={(kind, id, label) => <RemoveEntryButton workspaceId={ctx.workspaceId} missionId={missionId} kind={kind} id={id} label={label} />}
        toggle={(f, label) => <FollowUpDoneToggle workspaceId={ctx.workspaceId} id={f.id} done={f.done} label={label} />}
      />
    </>
  );
}
