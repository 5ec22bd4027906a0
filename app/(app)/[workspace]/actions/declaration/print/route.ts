import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { htmlPage } from '@/lib/http/responses';
import { toLocale } from '@/lib/i18n/config';
import { loadDeclarationDocument } from '@/lib/declaration/queries';
import { renderDeclarationHtml } from '@/lib/declaration/export';
import { parseDeclarationYear } from '@/lib/declaration/year';

export const dynamic = 'force-dynamic';

/** The printable summary of the declaration of `?year=` (the frozen version in force, else the live draft), in the reader's language or `?lang=`. */
export const GET = workspaceRoute('declaration.read', ({ slug, ctx, locale, search }) => {
  const year = parseDeclarationYear(search.get('year'));
  if (year === null) return new Response('Bad request', { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const doc = loadDeclarationDocument(db, ctx, year);
  return htmlPage(renderDeclarationHtml(doc, toLocale(search.get('lang') ?? locale), `/${slug}/actions/declaration?year=${year}`));
});
