import 'server-only';

/** A personal-data export as a JSON file download, never cached. */
export function personalDataResponse(data: unknown, userId: string) {
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="fil-rouge-personal-data-${userId.slice(0, 8)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
