import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { toLocale } from '@/lib/i18n/config';
import { getVersion } from '@/lib/strategy-document/queries';
import { getAdoptionOfVersion } from '@/lib/review/queries';
import { documentView } from '@/lib/strategy-document/render';
import { AppError } from '@/lib/errors';
import { notFound } from 'next/navigation';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { ExportPanel } from '@/components/strategy-document/export-panel';
import { SectionBlocks } from '@/components/strategy-document/section-blocks';
import { formatDay } from '@/lib/format/dates';
import { recordTitle } from '@/lib/shell/page';

type Props = { params: Promise<{ workspace: string; versionId: string }> };

async function load(slug: string, versionId: string) {
  const ctx = await requirePageMember(slug, 'document.read');
  try {
    return { ctx, version: getVersion(db, ctx, versionId) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export const generateMetadata = recordTitle(
  'document.read',
  (ctx, { versionId }: { workspace: string; versionId: string }) => getVersion(db, ctx, versionId).name,
);

/** One saved version, read-only, exactly as it was frozen; exportable in either language. */
export default async function VersionPage({ params }: Props) {
  const { workspace: slug, versionId } = await params;
  const { version } = await load(slug, versionId);
  const t = await getTranslations('document');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const view = documentView(version.snapshot, locale);
  const adoption = getAdoptionOfVersion(db, version.workspaceId, version.id);
  const tr = await getTranslations('review');
  const date = format.dateTime(version.createdAt, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="document">
      <p className="no-print">
        <Link href={`/${slug}/document/versions`}>{t('versions.back')}</Link>
      </p>
      <h1>{version.name}</h1>
      <p className="lead">{t('versions.savedBy', { author: version.authorName, date })}</p>
      {version.note ? <p>{version.note}</p> : null}
      <DocumentTabs slug={slug} current={null} />
      {adoption ? (
        <p className="adopted-banner">
          <strong>{tr('adoptedBadge')}</strong> —{' '}
          {tr('adoptedBanner', {
            date: formatDay(format, adoption.adoptedOn, 'long'),
            body: adoption.body,
            reference: adoption.reference,
          })}
        </p>
      ) : null}
      <p className="notice">{t('versions.readOnly', { date })}</p>
      <ExportPanel slug={slug} versionId={version.id} defaultLocale={locale} />
      <p className="no-print">
        <a href={`/${slug}/document/print?version=${version.id}`}>{t('print.open')}</a>
      </p>
      <p className="doc-title-line">{view.title}</p>
      {view.sections.map((section) => (
        <section key={section.id} aria-labelledby={`v-${section.id}`} className="card doc-section" data-kind={section.kind}>
          <h2 id={`v-${section.id}`}>{section.title}</h2>
          <SectionBlocks blocks={section.blocks} />
        </section>
      ))}
    </div>
  );
}
