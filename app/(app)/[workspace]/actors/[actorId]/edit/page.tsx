import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { forbidden } from 'next/navigation';
import { getActor } from '@/lib/actors/queries';
import { canEditActor } from '@/lib/actors/access';
import { actorFormValues } from '@/lib/actors/schemas';
import { countryOptions } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { ActorForm } from '@/components/actors/actor-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('actors', 'editTitle');

export default async function EditActorPage({ params }: { params: Promise<{ workspace: string; actorId: string }> }) {
  const { actorId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'actors.update', 'actors');
  const actor = orNotFound(() => getActor(db, ctx, actorId));
  // A contributor edits only the actors assigned to them (lib/actors/access.ts).
  if (!canEditActor(db, ctx, actor.id)) forbidden();
  return (
    <>
      <h1>{t('editTitleOf', { name: actor.name })}</h1>
      <ActorForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        countries={countryOptions(toLocale(await getLocale()))}
        actor={{ ...actorFormValues(actor), id: actor.id, version: actor.version }}
      />
    </>
  );
}
