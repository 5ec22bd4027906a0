import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { toLocale } from '@/lib/i18n/config';
import { loadDeclarationDocument } from '@/lib/declaration/queries';
import { renderDeclarationHtml } from '@/lib/declaration/export';
import { parseDeclarationYear } from '@/lib/declaration/year';

export const dynamic = 'force-dynamic';

/** The printable summary of the declaration of `?year=` (the frozen version in force, else the live draft), in the reader's language or `?lang=`. */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'declaration.read');
  if (!access.ok) return access.response;
  const search = new URL(request.url).searchParams;
  const year = parseDeclarationYear(search.get('year'));
  if (year === null) return new Response('Bad request', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const locale = toLocale(search.get('lang') ?? access.locale);
  const doc = loadDeclarationDocument(db, access.ctx, year);
  const html = renderDeclarationHtml(doc, locale, `/${slug}/actions/declaration?year=${year}`);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
