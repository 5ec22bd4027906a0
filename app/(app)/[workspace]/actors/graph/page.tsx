import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { getActorGraph, listTagsAndThemes } from '@/lib/actors/queries';
import { filterQuery, parseActorFilter } from '@/lib/actors/search-params';
import { ALL_ACTOR_CATEGORIES, RELATION_TYPES } from '@/db/schema/actors';
import { ActorsHeader } from '@/components/actors/actors-header';
import { ActorFilters } from '@/components/actors/actor-filters';
import { ActorsGraph, type GraphEdge } from '@/components/actors/actors-graph';

const GRAPH_LIMIT = 2500;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actors'))('graph.title') };
}

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GraphPage({ params, searchParams }: Props) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'actors.read');
  const filter = parseActorFilter(await searchParams);
  const t = await getTranslations('actors');
  const graph = getActorGraph(db, ctx, filter, GRAPH_LIMIT);
  const { tags, themes } = listTagsAndThemes(db, ctx);
  // Relations travel as positions in the node list, not as three UUIDs each: a third of the payload.
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const edges = graph.edges.map((e): GraphEdge => [position.get(e.source)!, position.get(e.target)!, e.strength, e.directed ? 1 : 0]);
  return (
    <>
      <ActorsHeader ctx={ctx} current="graph" title={t('graph.title')} intro={t('graph.intro')} query={filterQuery(filter)} />
      <ActorFilters action={`/${slug}/actors/graph`} filter={filter} tags={tags} themes={themes} />
      <p role="status">
        {t('graph.stats', { nodes: graph.nodes.length, edges: graph.edges.length })}
        {graph.truncated ? ` — ${t('graph.truncated', { count: GRAPH_LIMIT })}` : ''}
      </p>
      <ActorsGraph
        slug={slug}
        nodes={graph.nodes.map(({ country: _country, ...n }) => n)}
        edges={edges}
        labels={{
          categories: Object.fromEntries(ALL_ACTOR_CATEGORIES.map((c) => [c, t(`categories.${c}`)])),
          relationTypes: Object.fromEntries(RELATION_TYPES.map((r) => [r, t(`relationTypes.${r}`)])),
        }}
      />
    </>
  );
}
