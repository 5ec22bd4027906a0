import Link from 'next/link';
import { db } from '@/db/client';
import { getAdoptedVersion } from '@/lib/review/queries';
import { getPublication } from '@/lib/publication/queries';
import { PUBLIC_BLOCKS } from '@/lib/dashboard/types';
import { PublishForm } from '@/components/dashboard/publish-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { formatDay } from '@/lib/format/dates';

export const generateMetadata = pageTitle('publication', 'title');

export const dynamic = 'force-dynamic';

/** Where an admin publishes the adopted strategy, chooses what it shows, and unpublishes it. */
export default async function PublicationPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'publication.manage', 'publication');
  const adopted = getAdoptedVersion(db, ctx.workspaceId);
  const publication = getPublication(db, ctx);
  const day = (iso: string) => formatDay(format, iso, 'long');
  return (
    <>
      <p className="no-print">
        <Link href={`/${slug}/dashboard`}>{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section className="card" aria-labelledby="publication-state-h">
        <h2 id="publication-state-h" className="visually-hidden">
          {t('title')}
        </h2>
        <p role="status" data-publication-status>
          {publication
            ? t('statusPublished', { date: format.dateTime(publication.publishedAt, { dateStyle: 'long' }), name: publication.versionName })
            : t('statusUnpublished')}
        </p>
        {publication ? (
          <p>
            <a href={`/p/${slug}`}>{t('publicLink')}</a>
          </p>
        ) : null}
        {adopted ? (
          <p>{t('adopted', { name: adopted.versionName, date: day(adopted.adoptedOn), body: adopted.body, reference: adopted.reference })}</p>
        ) : (
          <p className="notice">{t('notAdopted')}</p>
        )}
        {adopted && publication && publication.versionId !== adopted.versionId ? <p className="notice">{t('outdated')}</p> : null}
      </section>
      {adopted ? (
        <section className="card" aria-labelledby="publish-h">
          <h2 id="publish-h">{publication ? t('republish') : t('publish')}</h2>
          <PublishForm
            workspaceId={ctx.workspaceId}
            versionId={adopted.versionId}
            publishedVersionId={publication?.versionId ?? null}
            initialBlocks={publication ? publication.blocks : [...PUBLIC_BLOCKS]}
            initialChapters={publication ? publication.chapters : true}
          />
        </section>
      ) : publication ? (
        <section className="card" aria-labelledby="publish-h">
          <h2 id="publish-h">{t('unpublish')}</h2>
          <PublishForm
            workspaceId={ctx.workspaceId}
            versionId=""
            publishedVersionId={publication.versionId}
            initialBlocks={publication.blocks}
            initialChapters={publication.chapters}
          />
        </section>
      ) : null}
    </>
  );
}
