import { worldMapAsset } from '@/lib/actors/world-map';

// Built once, at build time: the outlines never depend on the request or the database.
export const dynamic = 'force-static';

/**
 * GET /api/maps/world: the world's country outlines as one SVG file (lib/actors/world-map.ts),
 * that the dashboard's map draws with `<use>`, so that a page carries only the countries it colours.
 * Pages link it with a hash of its content (`?v=…`): browsers may keep it for a year.
 */
export function GET() {
  return new Response(worldMapAsset().svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
