import { db } from '@/db/client';
import { actorFilterValues } from '@/lib/actors/queries';
import { actorGraphUrl } from '@/lib/actors/query-keys';
import { filterQuery, parseActorFilter } from '@/lib/actors/search-params';
import { ALL_ACTOR_CATEGORIES } from '@/db/schema/actors';
import { ActorsHeader } from '@/components/actors/actors-header';
import { ActorFilters } from '@/components/actors/actor-filters';
import { ActorsGraph } from '@/components/actors/actors-graph';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('actors', 'graph.title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The actors network: only the page's shell is rendered here. The actors and relations (thousands
 * in a large workspace) come from GET /api/workspaces/<slug>/actors/graph, which the browser starts
 * fetching while it reads this page (the preload below) and the graph component then uses.
 */
export default async function GraphPage({ params, searchParams }: Props) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'actors.read', 'actors');
  const filter = parseActorFilter(await searchParams);
  const filterValues = actorFilterValues(db, ctx);
  const query = filterQuery(filter);
  return (
    <>
      {/* Rendered as markup (React puts it in the head, or as early as the stream allows), so the
          browser fetches the data while it reads the page; react-dom's preload() would only be
          a hint in the flight data, acted on once the scripts run. Same URL, mode and credentials
          as the component's fetch (lib/actors/query-keys.ts), which then reuses this response. */}
      <link rel="preload" href={actorGraphUrl(slug, query)} as="fetch" crossOrigin="anonymous" />
      <ActorsHeader ctx={ctx} current="graph" title={t('graph.title')} intro={t('graph.intro')} query={query} />
      <ActorFilters action={`/${slug}/actors/graph`} filter={filter} values={filterValues} />
      <ActorsGraph slug={slug} query={query} categories={Object.fromEntries(ALL_ACTOR_CATEGORIES.map((c) => [c, t(`categories.${c}`)]))} />
    </>
  );
}
