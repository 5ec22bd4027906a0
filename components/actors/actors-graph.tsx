'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type Sigma from 'sigma';
import type { GraphEdge, GraphPayload } from '@/lib/actors/graph-types';
import { actorGraphQuery } from '@/lib/actors/query-keys';
import { InPageForm } from '@/components/ui/in-page-form';

type GraphNode = { id: string; name: string; family: string; category: string; influence: number };

const NO_NODES: GraphNode[] = [];
const NO_EDGES: GraphEdge[] = [];

/**
 * Sigma (WebGL) and graphology, fetched as soon as this module is evaluated in the browser (while
 * React hydrates the page) rather than after mounting: the graph pays for them only on this page.
 */
const importLibraries = () => Promise.all([import('sigma'), import('graphology')]);
let libraries: ReturnType<typeof importLibraries> | undefined;
function loadLibraries() {
  libraries ??= importLibraries();
  return libraries;
}
if (typeof window !== 'undefined') void loadLibraries();

const FAMILY_COLOURS: Record<string, string> = { internal: '#1a56c4', territorial: '#1e6b35', external: '#b3261e' };
const SELECTED_COLOUR = '#f2b705';
/** Above this many relations, they are hidden while the camera moves. */
const LARGE_GRAPH_EDGES = 5_000;

/** The drawn radius of an actor of influence 1–5 (lib/actors/graph-layout.ts lays them out with the same). */
const nodeSize = (influence: number) => 3 + influence * 1.5;

/**
 * The actors network drawn with Sigma in WebGL, so that a region's thousands of actors and tens of
 * thousands of relations draw and move smoothly. The server lays the graph out and keeps the layout
 * until the actors or relations change (lib/actors/graph-data.ts); the browser only draws. Labels are
 * shown where they do not collide (Sigma's label grid), more as one zooms in. Keyboard users reach
 * any actor through the "find" field; the selection panel opens its record.
 */
export function ActorsGraph({ slug, query, categories }: { slug: string; query: string; categories: Record<string, string> }) {
  const t = useTranslations('actors');
  const graph = useQuery(actorGraphQuery(slug, query));
  const payload: GraphPayload | undefined = graph.data;
  const nodes = useMemo(
    () => payload?.nodes.map(([id, name, family, category, influence]): GraphNode => ({ id, name, family, category, influence })) ?? NO_NODES,
    [payload],
  );
  const edges = payload?.edges ?? NO_EDGES;
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const selectedRef = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // Built once per graph: typing in "find" re-renders the form, not thousands of options.
  const options = useMemo(() => (ready ? nodes.map((n) => <option key={n.id} value={n.name} />) : null), [ready, nodes]);
  const byName = useMemo(() => new Map(nodes.map((n) => [n.name.toLowerCase(), n.id])), [nodes]);
  const selected = nodes.find((n) => n.id === selectedId) ?? null;
  const degree = useMemo(() => {
    if (!selectedId) return 0;
    const index = nodes.findIndex((n) => n.id === selectedId);
    return edges.filter(([source, target]) => source === index || target === index).length;
  }, [nodes, edges, selectedId]);

  useEffect(() => {
    if (!payload) return;
    let cancelled = false;
    (async () => {
      const [{ default: SigmaRenderer }, { default: Graph }] = await loadLibraries();
      if (cancelled || !container.current) return;
      const started = performance.now();
      const network = new Graph({ type: 'mixed', multi: false });
      const positions = payload.positions;
      nodes.forEach((n, i) => {
        network.addNode(n.id, {
          x: positions[2 * i] ?? 0,
          y: positions[2 * i + 1] ?? 0,
          size: nodeSize(n.influence),
          label: n.name,
          color: FAMILY_COLOURS[n.family] ?? '#555',
        });
      });
      const arrows = nodes.length <= 500;
      edges.forEach(([source, target, strength, directed]) => {
        const a = nodes[source]!.id;
        const b = nodes[target]!.id;
        if (a === b || network.hasEdge(a, b)) return;
        network.addEdge(a, b, { size: 0.4 + strength * 0.3, color: '#b8bcc2', type: directed && arrows ? 'arrow' : 'line' });
      });
      const renderer = new SigmaRenderer(network, container.current, {
        allowInvalidContainer: true,
        // One label per 200 px square at most, the largest actor's first: long names rarely collide.
        labelDensity: 1,
        labelGridCellSize: 200,
        labelRenderedSizeThreshold: 6,
        labelFont: 'system-ui, sans-serif',
        labelSize: 12,
        zIndex: true,
        minCameraRatio: 0.02,
        maxCameraRatio: 4,
        // A whole network (thousands of relations) is drawn without its relations while the camera
        // moves: each frame then costs the nodes only, so panning, zooming and "find" stay fluid.
        hideEdgesOnMove: edges.length > LARGE_GRAPH_EDGES,
        nodeReducer: (node, data) =>
          node === selectedRef.current
            ? { ...data, color: SELECTED_COLOUR, highlighted: true, forceLabel: true, zIndex: 1, size: (data.size as number) * 1.4 }
            : data,
      });
      renderer.on('clickNode', ({ node }) => setSelectedId(node));
      renderer.on('clickStage', () => setSelectedId(null));
      sigmaRef.current = renderer;
      renderer.once('afterRender', () => {
        if (cancelled || !container.current) return;
        // For the benchmark (scripts/bench/graph.ts): how long building and drawing the graph took.
        container.current.dataset.layoutMs = String(Math.round(performance.now() - started));
        setReady(true);
      });
      renderer.refresh();
    })();
    return () => {
      cancelled = true;
      sigmaRef.current?.kill();
      sigmaRef.current = null;
      setReady(false);
    };
  }, [payload, nodes, edges]);

  // The selection is drawn by the node reducer: refresh when it changes.
  useEffect(() => {
    selectedRef.current = selectedId;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selectedId]);

  const focusNode = (id: string) => {
    const renderer = sigmaRef.current;
    if (!renderer) return;
    setSelectedId(id);
    const position = renderer.getNodeDisplayData(id);
    if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: Math.min(renderer.getCamera().ratio, 0.25) }, { duration: 250 });
  };
  const camera = () => sigmaRef.current?.getCamera();

  return (
    <>
      {graph.isError ? (
        <div role="alert" className="stack">
          <p>{t('graph.loadError')}</p>
          <p>
            <button type="button" className="button small" onClick={() => void graph.refetch()} disabled={graph.isFetching}>
              {t('graph.retry')}
            </button>
          </p>
        </div>
      ) : (
        <p role="status">
          {payload
            ? `${t('graph.stats', { nodes: payload.nodes.length, edges: payload.edges.length })}${payload.truncated ? ` — ${t('graph.truncated', { count: payload.limit })}` : ''}`
            : t('graph.loadingData')}
        </p>
      )}
      <div className="graph-layout">
        <div className="stack">
          <InPageForm
            className="inline-form"
            onSubmit={() => {
              const id = byName.get(search.trim().toLowerCase());
              if (id) focusNode(id);
            }}
          >
            <label htmlFor="graph-find">{t('graph.find')}</label>
            <input
              id="graph-find"
              list="graph-actors"
              value={search}
              aria-describedby="graph-find-hint"
              onChange={(e) => {
                setSearch(e.target.value);
                const id = byName.get(e.target.value.trim().toLowerCase());
                if (id) focusNode(id);
              }}
            />
            {/* Filled once the graph is ready: thousands of options need not be sent and hydrated first. */}
            <datalist id="graph-actors">{options}</datalist>
            <span id="graph-find-hint" className="hint">
              {t('graph.findHint')}
            </span>
          </InPageForm>
          <div className="actions" aria-label={t('graph.title')} role="toolbar">
            <button type="button" className="button small" onClick={() => void camera()?.animatedReset({ duration: 200 })} disabled={!ready}>
              {t('graph.fit')}
            </button>
            <button type="button" className="button small" onClick={() => void camera()?.animatedZoom({ duration: 200, factor: 1.3 })} disabled={!ready}>
              {t('graph.zoomIn')}
            </button>
            <button type="button" className="button small" onClick={() => void camera()?.animatedUnzoom({ duration: 200, factor: 1.3 })} disabled={!ready}>
              {t('graph.zoomOut')}
            </button>
          </div>
          <div className="graph-canvas-wrap">
            {payload && !ready ? (
              <p role="status" className="graph-loading">
                {t('graph.loading')}
              </p>
            ) : null}
            <div ref={container} className="graph-canvas" role="img" aria-label={t('graph.canvasLabel')} data-ready={ready ? 'true' : 'false'} />
          </div>
        </div>
        <aside className="card graph-panel" aria-labelledby="graph-selected-h">
          <h2 id="graph-selected-h">{t('graph.selected')}</h2>
          <div aria-live="polite">
            {selected ? (
              <div className="stack">
                <p>
                  <strong>{selected.name}</strong>
                </p>
                <p>{categories[selected.category]}</p>
                <p className="muted">
                  {t('detail.relations')}: {degree}
                </p>
                <Link href={`/${slug}/actors/${selected.id}`} className="button small">
                  {t('graph.open')}
                </Link>
              </div>
            ) : (
              <p className="muted">{t('graph.noSelection')}</p>
            )}
          </div>
          <h3>{t('graph.legend')}</h3>
          <ul className="plain-list legend">
            {Object.entries(FAMILY_COLOURS).map(([family, colour]) => (
              <li key={family}>
                <span className="legend-dot" style={{ background: colour }} aria-hidden="true" /> {t(`families.${family}`)}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
