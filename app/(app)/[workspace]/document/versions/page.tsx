import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { listVersions } from '@/lib/strategy-document/queries';
import { listAdoptions } from '@/lib/review/queries';
import { DocumentTabs } from '@/components/document/document-tabs';
import { SaveVersionForm } from '@/components/document/save-version-form';

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('document.versions'))('title') };
}

/** Saved versions: save one, open one, compare two (or one with the current document). */
export default async function VersionsPage({ params }: Props) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'document.read');
  const t = await getTranslations('document.versions');
  const format = await getFormatter();
  const versions = listVersions(db, ctx);
  // The adopted version comes first, marked; the others follow, newest first.
  const adoptions = listAdoptions(db, ctx);
  const adoptionOf = new Map(adoptions.map((a) => [a.versionId, a]));
  const current = adoptions[0]?.versionId;
  const listed = [...versions].sort((a, b) => Number(b.id === current) - Number(a.id === current));
  const tr = await getTranslations('review');
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="document">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <DocumentTabs slug={slug} current="versions" />
      {can(ctx.role, 'document.manage') ? (
        <section className="card" aria-labelledby="save-version">
          <h2 id="save-version">{t('saveTitle')}</h2>
          <SaveVersionForm workspaceId={ctx.workspaceId} />
        </section>
      ) : null}
      {versions.length === 0 ? (
        <p className="card">{t('empty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
            <table>
              <caption id="versions-caption">{t('listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('note')}</th>
                  <th scope="col">{t('author')}</th>
                  <th scope="col">{t('date')}</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link href={`/${slug}/document/versions/${v.id}`} aria-label={t('openVersion', { name: v.name })}>
                        {v.name}
                      </Link>
                      {adoptionOf.has(v.id) ? (
                        <>
                          {' '}
                          <span className="badge adopted-badge">{v.id === current ? tr('adoptedBadge') : tr('status.adopted')}</span>
                          <br />
                          <span className="muted">
                            {tr('adoptedBanner', {
                              date: day(adoptionOf.get(v.id)!.adoptedOn),
                              body: adoptionOf.get(v.id)!.body,
                              reference: adoptionOf.get(v.id)!.reference,
                            })}
                          </span>
                        </>
                      ) : null}
                    </th>
                    <td>{v.note}</td>
                    <td>{v.authorName}</td>
                    <td>{when(v.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{t('compareTitle')}</h2>
            <form method="get" action={`/${slug}/document/versions/compare`} className="filters compare-form">
              <div className="field">
                <label htmlFor="compare-from">{t('from')}</label>
                <select id="compare-from" name="from" defaultValue={versions[1]?.id ?? versions[0]!.id}>
                  {versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name} — {when(v.createdAt)}
                    </option>
                  ))}
                  <option value="current">{t('current')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="compare-to">{t('to')}</label>
                <select id="compare-to" name="to" defaultValue={versions[1] ? versions[0]!.id : 'current'}>
                  <option value="current">{t('current')}</option>
                  {versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name} — {when(v.createdAt)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                {t('compare')}
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
