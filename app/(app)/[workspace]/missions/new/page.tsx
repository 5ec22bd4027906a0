import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { loadMissionFormProps } from '@/lib/missions/form-options';
import { toLocale } from '@/lib/i18n/config';
import { MissionForm } from '@/components/missions/mission-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

export const generateMetadata = pageTitle('missions', 'new');

/** Records a mission abroad or a delegation received. */
export default async function NewMissionPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'missions.manage', 'missions');
  const props = loadMissionFormProps(db, ctx, toLocale(await getLocale()));
  return (
    <>
      <BackLink href={`/${slug}/missions`}>← {t('back')}</BackLink>
      <h1>{t('new')}</h1>
      <MissionForm workspaceId={ctx.workspaceId} slug={slug} {...props} />
    </>
  );
}
