import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listVersions } from '@/lib/strategy-document/queries';
import { listAdoptions } from '@/lib/review/queries';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { SaveVersionForm } from '@/components/strategy-document/save-version-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';
import { Options } from '@/components/ui/options';
import { formatDay } from '@/lib/format/dates';

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = pageTitle('document.versions', 'title');

/** Saved versions: save one, open one, compare two (or one with the current document). */
export default async function VersionsPage({ params }: Props) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'document.read', 'document.versions');
  const versions = listVersions(db, ctx);
  // The adopted version comes first, marked; the others follow, newest first.
  const adoptions = listAdoptions(db, ctx);
  const adoptionOf = new Map(adoptions.map((a) => [a.versionId, a]));
  const current = adoptions[0]?.versionId;
  const listed = [...versions].sort((a, b) => Number(b.id === current) - Number(a.id === current));
  const tr = await getTranslations('review');
  const day = (d: string) => formatDay(format, d, 'long');
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
          <DataTable id="versions" caption={t('listCaption')} columns={[t('name'), t('note'), t('author'), t('date')]}>
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
          </DataTable>
          <section className="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{t('compareTitle')}</h2>
            <form method="get" action={`/${slug}/document/versions/compare`} className="filters compare-form">
              <div className="field">
                <label htmlFor="compare-from">{t('from')}</label>
                <select id="compare-from" name="from" defaultValue={versions[1]?.id ?? versions[0]!.id}>
                  <Options items={versions.map((v) => ({ value: v.id, label: `${v.name} — ${when(v.createdAt)}` }))} />
                  <option value="current">{t('current')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="compare-to">{t('to')}</label>
                <select id="compare-to" name="to" defaultValue={versions[1] ? versions[0]!.id : 'current'}>
                  <option value="current">{t('current')}</option>
                  <Options items={versions.map((v) => ({ value: v.id, label: `${v.name} — ${when(v.createdAt)}` }))} />
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
