import { db } from '@/db/client';
import { findOpenData } from '@/lib/open-data/queries';
import { dictionaryCsv, openDataCsv, openDataIati, openDataJson } from '@/lib/open-data/format';

// Read at every request: unpublishing must answer 404 at once.
export const dynamic = 'force-dynamic';

const FILES = {
  'actions.csv': 'text/csv; charset=utf-8',
  'actions.json': 'application/json; charset=utf-8',
  'dictionary.csv': 'text/csv; charset=utf-8',
  'iati.xml': 'application/xml; charset=utf-8',
} as const;

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

/**
 * GET /p/<slug>/data/{actions.csv,actions.json,dictionary.csv,iati.xml}: the open data of a
 * published strategy, for anyone, only while it is published (404 otherwise, and for the IATI file
 * while the authority has no SIREN). Only what lib/open-data/queries.ts allows.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  if (!Object.hasOwn(FILES, file)) return notFound();
  const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  const data = findOpenData(db, slug, `${origin}/p/${slug}`);
  if (!data) return notFound();
  const body =
    file === 'actions.csv'
      ? `\uFEFF${openDataCsv(data)}`
      : file === 'dictionary.csv'
        ? `\uFEFF${dictionaryCsv(data)}`
        : file === 'actions.json'
          ? openDataJson(data)
          : openDataIati(data);
  if (body === null) return notFound();
  return new Response(body, {
    headers: {
      'Content-Type': FILES[file as keyof typeof FILES],
      'Content-Disposition': `attachment; filename="${slug}-${file}"`,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
