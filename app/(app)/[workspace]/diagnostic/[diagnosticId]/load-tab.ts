import 'server-only';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import { loadDiagnosticPage } from '@/lib/diagnostic/page-loader';

/** The params of a diagnostic's pages (a dimension's page adds its own). */
export type DiagnosticParams = Promise<{ workspace: string; diagnosticId: string }>;

/** `generateMetadata` of a diagnostic's tab: the diagnostic's title, then the tab's name. */
export function diagnosticTabTitle(tab: 'progress' | 'results' | 'report') {
  return async ({ params }: { params: DiagnosticParams }): Promise<Metadata> => {
    const { workspace, diagnosticId } = await params;
    const { view } = await loadDiagnosticPage(workspace, diagnosticId);
    return { title: `${view.diagnostic.title} · ${(await getTranslations('diagnostic'))(`tabs.${tab}`)}` };
  };
}

/**
 * What a diagnostic's page starts with: the diagnostic for the signed-in member (404 / 403 as
 * loadDiagnosticPage), the `diagnostic` translator, the formatter and the locale.
 */
export async function loadDiagnosticTab(params: DiagnosticParams) {
  const { workspace: slug, diagnosticId } = await params;
  const { ctx, view } = await loadDiagnosticPage(slug, diagnosticId);
  const t = await getTranslations('diagnostic');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  return { slug, ctx, view, diagnostic: view.diagnostic, t, format, locale };
}
