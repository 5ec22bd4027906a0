import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageMember } from '@/lib/auth/page-guard';
import { ImportWizard } from '@/components/actors/import-wizard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actorsImport'))('title') };
}

/** Import actors or relations from a CSV or XLSX spreadsheet: columns, values, rows set aside, duplicates, confirmed commit. */
export default async function ImportActorsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'actors.import');
  const t = await getTranslations('actorsImport');
  return (
    <>
      <p>
        <Link href={`/${slug}/actors`}>{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ImportWizard workspaceId={ctx.workspaceId} slug={slug} />
    </>
  );
}
