import 'server-only';
import { createHash } from 'node:crypto';
import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

type CountryShape = { code: string | null; d: string };

let cache: CountryShape[] | null = null;

/**
 * SVG paths of the world's countries (Natural Earth 1:110m, shipped in world-atlas), keyed by
 * ISO 3166-1 alpha-2 code. Computed once per process on the server: the browser gets plain SVG.
 */
export function worldShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], geo);
  const path = geoPath(projection);
  cache = geo.features.map((f) => ({ code: f.id ? (countries.numericToAlpha2(String(f.id)) ?? null) : null, d: path(f) ?? '' })).filter((s) => s.d);
  return cache;
}

let centroids: Map<string, [number, number]> | null = null;

/**
 * Where to put a marker for each country on the map (SVG coordinates): the centroid of the
 * country's largest polygon, so that France's marker sits in Europe, not between it and Guiana.
 */
export function countryCentroids(): ReadonlyMap<string, [number, number]> {
  if (centroids) return centroids;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topology, topology.objects.countries);
  const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], geo));
  centroids = new Map();
  for (const f of geo.features) {
    const code = f.id ? countries.numericToAlpha2(String(f.id)) : undefined;
    if (!code || centroids.has(code)) continue;
    const g = f.geometry;
    const parts = g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates })) : [g];
    const largest = parts.reduce((best, part) => (path.area(part) > path.area(best) ? part : best));
    const [x, y] = path.centroid(largest);
    if (Number.isFinite(x) && Number.isFinite(y)) centroids.set(code, [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return centroids;
}

/** Where the outlines are served as one static SVG file (app/api/maps/world/route.ts). */
export const WORLD_MAP_PATH = '/api/maps/world';

type WorldMapAsset = { svg: string; version: string; codes: ReadonlySet<string> };
let asset: WorldMapAsset | null = null;

/**
 * The world's outlines as a standalone SVG document, built once: all countries in `<g id="world">`,
 * each country with a code as `<path id="FR">` (one path per code). No fill or stroke of its own,
 * so that a page drawing it with `<use href="…#world">` or `<use href="…#FR">` colours it with the
 * `<use>` element's own style (the clone inherits it). Coordinates to a tenth of a pixel.
 */
export function worldMapAsset(): WorldMapAsset {
  if (asset) return asset;
  const byCode = new Map<string, string>();
  const uncoded: string[] = [];
  for (const s of worldShapes()) {
    const d = s.d.replace(/(\.\d)\d+/g, '$1');
    if (s.code) byCode.set(s.code, (byCode.get(s.code) ?? '') + d);
    else uncoded.push(d);
  }
  const paths = [...[...byCode].map(([code, d]) => `<path id="${code}" d="${d}"/>`), ...uncoded.map((d) => `<path d="${d}"/>`)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><g id="world">${paths.join('')}</g></svg>\n`;
  const version = createHash('sha1').update(svg).digest('hex').slice(0, 10);
  asset = { svg, version, codes: new Set(byCode.keys()) };
  return asset;
}

/** The URL of the outlines file, with its content's hash: it may be cached for good. */
export function worldMapHref() {
  return `${WORLD_MAP_PATH}?v=${worldMapAsset().version}`;
}
