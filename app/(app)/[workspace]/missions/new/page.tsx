import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { loadMissionFormProps } from '@/lib/missions/form-options';
import { toLocale } from '@/lib/i18n/config';
import { MissionForm } from '@/components/missions/mission-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('missions'))('new') };
}

/** Records a mission abroad or a delegation received. */
export default async function NewMissionPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'missions.manage');
  const t = await getTranslations('missions');
  const props = loadMissionFormProps(db, ctx, toLocale(await getLocale()));
  return (
    <>
      <p>
        <Link href={`/${slug}/missions`}>← {t('back')}</Link>
      </p>
      <h1>{t('new')}</h1>
      <MissionForm workspaceId={ctx.workspaceId} slug={slug} {...props} />
    </>
  );
}
