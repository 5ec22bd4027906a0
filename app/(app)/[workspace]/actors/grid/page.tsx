import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listActors, actorFilterValues } from '@/lib/actors/queries';
import { editableActorIds } from '@/lib/actors/access';
import { filterQuery, parseActorFilter } from '@/lib/actors/search-params';
import { ActorsHeader } from '@/components/actors/actors-header';
import { ActorFilters } from '@/components/actors/actor-filters';
import { InfluenceGrid } from '@/components/actors/influence-grid';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

const GRID_LIMIT = 200;

export const generateMetadata = pageTitle('actors', 'grid.title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GridPage({ params, searchParams }: Props) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'actors.read', 'actors');
  const filter = parseActorFilter(await searchParams);
  const { rows, total } = listActors(db, ctx, { ...filter, sort: 'influence', dir: 'desc', page: 1, size: GRID_LIMIT });
  const filterValues = actorFilterValues(db, ctx);
  const movable = can(ctx.role, 'actors.update')
    ? editableActorIds(
        db,
        ctx,
        rows.map((a) => a.id),
      )
    : new Set<string>();
  return (
    <>
      <ActorsHeader ctx={ctx} current="grid" title={t('grid.title')} intro={t('grid.intro')} query={filterQuery(filter)} />
      <ActorFilters action={`/${slug}/actors/grid`} filter={filter} values={filterValues} />
      <p role="status">
        {t('count', { count: total })}
        {total > GRID_LIMIT ? ` — ${t('grid.limit', { count: GRID_LIMIT })}` : ''}
      </p>
      <InfluenceGrid
        key={filterQuery(filter)}
        workspaceId={ctx.workspaceId}
        slug={slug}
        canMove={can(ctx.role, 'actors.update')}
        initial={rows.map((a) => ({ id: a.id, name: a.name, family: a.family, influence: a.influence, interest: a.interest, movable: movable.has(a.id) }))}
      />
    </>
  );
}
