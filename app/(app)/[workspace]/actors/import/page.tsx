import { ImportWizard } from '@/components/actors/import-wizard';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

export const generateMetadata = pageTitle('actorsImport', 'title');

/** Import actors or relations from a CSV or XLSX spreadsheet: columns, values, rows set aside, duplicates, confirmed commit. */
export default async function ImportActorsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'actors.import', 'actorsImport');
  return (
    <>
      <BackLink href={`/${slug}/actors`}>{t('back')}</BackLink>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ImportWizard workspaceId={ctx.workspaceId} slug={slug} />
    </>
  );
}
