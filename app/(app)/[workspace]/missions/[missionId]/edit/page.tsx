import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound, requirePageMember } from '@/lib/auth/page-guard';
import { getMissionDetail } from '@/lib/missions/queries';
import { missionFormValues } from '@/lib/missions/form-options';
import { loadMissionFormProps } from '@/lib/missions/form-options';
import { toLocale } from '@/lib/i18n/config';
import { MissionForm } from '@/components/missions/mission-form';

type Props = { params: Promise<{ workspace: string; missionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace, missionId } = await params;
  const ctx = await requirePageMember(workspace, 'missions.manage');
  const t = await getTranslations('missions');
  return { title: t('editTitle', { title: orNotFound(() => getMissionDetail(db, ctx, missionId)).mission.title }) };
}

/** Edits a mission: its trip, participants, programme, costs, documents and the debrief's assignee. */
export default async function EditMissionPage({ params }: Props) {
  const { workspace: slug, missionId } = await params;
  const ctx = await requirePageMember(slug, 'missions.manage');
  const detail = orNotFound(() => getMissionDetail(db, ctx, missionId));
  const t = await getTranslations('missions');
  const props = loadMissionFormProps(db, ctx, toLocale(await getLocale()));
  return (
    <>
      <p>
        <Link href={`/${slug}/missions/${missionId}`}>← {detail.mission.title}</Link>
      </p>
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
