import 'server-only';
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
  cache = geo.features
    .map((f) => ({ code: f.id ? (countries.numericToAlpha2(String(f.id)) ?? null) : null, d: path(f) ?? '' }))
    .filter((s) => s.d);
  return cache;
}
