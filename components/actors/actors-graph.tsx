'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphPayload } from '@/lib/actors/graph-types';
import { actorGraphQuery } from '@/lib/actors/query-keys';
import { LABEL_FONT_SIZE, layoutIsolated } from '@/lib/actors/graph-layout';

type GraphNode = { id: string; name: string; family: string; category: string; influence: number };

const NO_NODES: GraphNode[] = [];
const NO_EDGES: GraphEdge[] = [];

/**
 * Cytoscape and fCoSE, fetched as soon as this module is evaluated in the browser (while React
 * hydrates the page) rather than after mounting: the graph pays for them only on this page, and
 * no longer waits for hydration before downloading them.
 */
const importLibraries = () => Promise.all([import('cytoscape'), import('cytoscape-fcose')]);
let libraries: ReturnType<typeof importLibraries> | undefined;
function loadLibraries() {
  libraries ??= importLibraries();
  return libraries;
}
if (typeof window !== 'undefined') void loadLibraries();

const FAMILY_COLOURS: Record<string, string> = { internal: '#1a56c4', territorial: '#1e6b35', national: '#7a4a00', external: '#b3261e' };

/**
 * The actors network drawn with Cytoscape.js and laid out with fCoSE. Both libraries are loaded
 * only on this page. The actors and relations are fetched from the graph's route handler
 * (lib/actors/query-keys.ts) rather than embedded in the page: thousands of them made the page
 * slow to render on the server. Keyboard users reach any actor through the "find" field; the
 * selection panel opens its record.
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
  const cyRef = useRef<Core | null>(null);
  const [ready, setReady] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
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
      const [{ default: cytoscape }, { default: fcose }] = await loadLibraries();
      if (cancelled || !container.current) return;
      cytoscape.use(fcose);
      const large = nodes.length > 500;
      const started = performance.now();
      const cy = cytoscape({
        container: container.current,
        elements: [
          ...nodes.map((n) => ({ data: { id: n.id, label: n.name, family: n.family, size: 14 + n.influence * 6 } })),
          ...edges.map(([source, target, strength, directed], i) => ({ data: { id: `e${i}`, source: nodes[source]!.id, target: nodes[target]!.id, width: 0.5 + strength * 0.6, directed } })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': (ele: { data: (k: string) => string }) => FAMILY_COLOURS[ele.data('family')] ?? '#555',
              width: 'data(size)',
              height: 'data(size)',
              label: 'data(label)',
              'font-size': LABEL_FONT_SIZE,
              'min-zoomed-font-size': 8,
              'text-valign': 'bottom',
              'text-margin-y': 3,
              color: '#1d1d1f',
            },
          },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa0a6', 'curve-style': large ? 'haystack' : 'bezier', opacity: 0.7 } },
          { selector: 'edge[directed = 1]', style: { 'target-arrow-shape': large ? 'none' : 'triangle', 'target-arrow-color': '#9aa0a6' } },
        ],
        layout: { name: 'preset' },
        hideEdgesOnViewport: large,
        textureOnViewport: large,
        wheelSensitivity: 0.3,
        minZoom: 0.05,
        maxZoom: 4,
      });
      // fCoSE lays out the actors that have relations; those without any go in rows below, each
      // as wide as its label (lib/actors/graph-layout.ts): fCoSE's own grid overlapped their labels.
      const linked = new Set(edges.flatMap(([source, target]) => [source, target]));
      const isolated = nodes.filter((_, i) => !linked.has(i));
      const isolatedIds = new Set(isolated.map((n) => n.id));
      const connected = cy.elements().filter((ele) => !isolatedIds.has(ele.id()));
      if (connected.nodes().length) {
        connected
          .layout({
            name: 'fcose',
            quality: large ? 'draft' : 'default',
            randomize: true,
            animate: false,
            nodeRepulsion: () => 6000,
            idealEdgeLength: () => 70,
            numIter: large ? 1200 : 2500,
          } as cytoscape.LayoutOptions)
          .run();
      }
      if (isolated.length) {
        const box = connected.nodes().length ? connected.boundingBox({}) : { x1: 0, y2: -40, w: 0 };
        const rowWidth = Math.max(box.w, 900, Math.sqrt(isolated.length) * 140);
        const positions = layoutIsolated(
          isolated.map((n) => ({ id: n.id, label: n.name, size: 14 + n.influence * 6 })),
          { x: box.x1, y: box.y2 + 60 },
          rowWidth,
        );
        cy.batch(() => {
          for (const [id, position] of positions) cy.getElementById(id).position(position);
        });
      }
      cy.fit(undefined, 20);
      cy.on('tap', 'node', (e) => setSelectedId(e.target.id()));
      cy.on('tap', (e) => {
        if (e.target === cy) setSelectedId(null);
      });
      cyRef.current = cy;
      // For the benchmark (scripts/bench/graph.ts): how long building and laying out the graph took.
      container.current.dataset.layoutMs = String(Math.round(performance.now() - started));
      setReady(true);
    })();
    return () => {
      cancelled = true;
      cyRef.current?.destroy();
      cyRef.current = null;
    };
  }, [payload, nodes, edges]);

  const focusNode = (id: string) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    const node = cy.getElementById(id);
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    setSelectedId(id);
  };
  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

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
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
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
            <datalist id="graph-actors">{ready ? nodes.map((n) => <option key={n.id} value={n.name} />) : null}</datalist>
            <span id="graph-find-hint" className="hint">
              {t('graph.findHint')}
            </span>
          </form>
          <div className="actions" aria-label={t('graph.title')} role="toolbar">
            <button type="button" className="button small" onClick={() => cyRef.current?.fit(undefined, 30)} disabled={!ready}>
              {t('graph.fit')}
            </button>
            <button type="button" className="button small" onClick={() => zoomBy(1.3)} disabled={!ready}>
              {t('graph.zoomIn')}
            </button>
            <button type="button" className="button small" onClick={() => zoomBy(1 / 1.3)} disabled={!ready}>
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
                <p className="muted">{t('detail.relations')}: {degree}</p>
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
