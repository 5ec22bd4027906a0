import { getLocale } from 'next-intl/server';
import { countryOptions } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { ActorForm } from '@/components/actors/actor-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('actors', 'newTitle');

export default async function NewActorPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'actors.create', 'actors');
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <ActorForm workspaceId={ctx.workspaceId} slug={slug} countries={countryOptions(toLocale(await getLocale()))} />
    </>
  );
}
