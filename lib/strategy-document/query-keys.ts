/** React Query keys of the strategy document domain. */
export const documentKeys = {
  /** The live text of one collaborative document (a section, a translation, a partnership page) as a reader sees it. */
  liveText: (slug: string, name: string) => ['document', slug, 'text', name] as const,
};

/** The texts route for a workspace and some document names (sorted: the same page asks the same URL, which the browser revalidates with its ETag). */
export function liveTextUrl(slug: string, names: readonly string[]) {
  const query = [...names]
    .sort()
    .map((name) => `name=${encodeURIComponent(name)}`)
    .join('&');
  return `/api/workspaces/${encodeURIComponent(slug)}/document/texts?${query}`;
}

// The sections of a page refresh together: the names asked within a short window go in one request.
const BATCH_MS = 30;
const batches = new Map<string, { names: Set<string>; texts: Promise<Record<string, string>> }>();

async function fetchTexts(slug: string, names: Set<string>): Promise<Record<string, string>> {
  await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
  batches.delete(slug);
  const response = await fetch(liveTextUrl(slug, [...names]));
  if (!response.ok) throw new Error(`document texts: ${response.status}`);
  return ((await response.json()) as { texts: Record<string, string> }).texts;
}

/**
 * The current HTML of a collaborative document for a reader, from the texts route
 * (app/api/workspaces/[workspace]/document/texts/route.ts); null when the reader may no longer read it.
 */
export async function fetchLiveText(slug: string, name: string): Promise<string | null> {
  let batch = batches.get(slug);
  if (!batch) {
    const names = new Set<string>();
    batch = { names, texts: fetchTexts(slug, names) };
    batches.set(slug, batch);
  }
  batch.names.add(name);
  return (await batch.texts)[name] ?? null;
}

/** How often a reader's page asks for newer text while it is visible (and at once when it regains focus or the network). */
export const LIVE_TEXT_REFRESH_MS = 15_000;
