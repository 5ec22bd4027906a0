import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { getMissionDetail } from '@/lib/missions/queries';
import { missionFormValues } from '@/lib/missions/form-options';
import { loadMissionFormProps } from '@/lib/missions/form-options';
import { toLocale } from '@/lib/i18n/config';
import { MissionForm } from '@/components/missions/mission-form';
import { loadWorkspacePage } from '@/lib/shell/page';
import { missionMessageTitle, type MissionParams } from '../mission-title';
import { BackLink } from '@/components/ui/back-link';

type Props = { params: Promise<MissionParams> };

export const generateMetadata = missionMessageTitle('missions.manage', 'editTitle', (ctx, missionId) => getMissionDetail(db, ctx, missionId));

/** Edits a mission: its trip, participants, programme, costs, documents and the debrief's assignee. */
export default async function EditMissionPage({ params }: Props) {
  const { missionId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'missions.manage', 'missions');
  const detail = orNotFound(() => getMissionDetail(db, ctx, missionId));
  const props = loadMissionFormProps(db, ctx, toLocale(await getLocale()));
  return (
    <>
      <BackLink href={`/${slug}/missions/${missionId}`}>← {detail.mission.title}</BackLink>
      <h1>{t('editTitle', { title: detail.mission.title })}</h1>
      <MissionForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        {...props}
        mission={{ id: missionId, version: detail.mission.version, values: missionFormValues(detail) }}
      />
    </>
  );
}
