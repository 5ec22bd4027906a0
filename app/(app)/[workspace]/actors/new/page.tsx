import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageMember } from '@/lib/auth/page-guard';
import { countryOptions } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { ActorForm } from '@/components/actors/actor-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actors'))('newTitle') };
}

export default async function NewActorPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'actors.create');
  const t = await getTranslations('actors');
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <ActorForm workspaceId={ctx.workspaceId} slug={slug} countries={countryOptions(toLocale(await getLocale()))} />
    </>
  );
}
