import type { GraphPayload } from './graph-types';

/** React Query keys of the actors domain. */
export const actorKeys = {
  all: (slug: string) => ['actors', slug] as const,
  /** `query` is the filter part of the page's query string (lib/actors/search-params.ts filterQuery). */
  graph: (slug: string, query: string) => ['actors', slug, 'graph', query] as const,
};

/** The graph's data route for a workspace and the filter part of a query string (`?family=…` or ''). */
export function actorGraphUrl(slug: string, query: string) {
  return `/api/workspaces/${encodeURIComponent(slug)}/actors/graph${query}`;
}

/** The graph's data, read from its route handler (app/api/workspaces/[workspace]/actors/graph/route.ts). */
export function actorGraphQuery(slug: string, query: string) {
  return {
    queryKey: actorKeys.graph(slug, query),
    queryFn: async ({ signal }: { signal?: AbortSignal }): Promise<GraphPayload> => {
      // No custom header: the request must match the page's <link rel="preload"> to reuse it.
      const response = await fetch(actorGraphUrl(slug, query), { signal });
      if (!response.ok) throw new Error(`actors graph: ${response.status}`);
      return (await response.json()) as GraphPayload;
    },
  };
}
