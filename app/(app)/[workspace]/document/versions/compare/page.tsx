import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AppError } from '@/lib/errors';
import type { MemberContext } from '@/lib/auth/session';
import { currentSnapshot, getVersion } from '@/lib/strategy-document/queries';
import { diffSnapshots } from '@/lib/strategy-document/diff';
import type { DocumentSnapshot } from '@/lib/strategy-document/types';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export const generateMetadata = pageTitle('document.compare', 'title');

/** The compared state: a saved version, or the current document ("current"). */
function side(ctx: MemberContext, id: string, currentLabel: string): { label: string; snapshot: DocumentSnapshot } {
  if (id === 'current') return { label: currentLabel, snapshot: currentSnapshot(db, ctx) };
  try {
    const version = getVersion(db, ctx, id);
    return { label: version.name, snapshot: version.snapshot };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

/** Two states of the document compared section by section, additions and deletions marked in the text. */
export default async function ComparePage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'document.read', 'document');
  const from = side(ctx, query.from ?? 'current', t('versions.current'));
  const to = side(ctx, query.to ?? 'current', t('versions.current'));
  const diffs = diffSnapshots(from.snapshot, to.snapshot, locale);
  const changed = diffs.filter((d) => d.status !== 'unchanged');
  return (
    <div className="document">
      <p className="no-print">
        <Link href={`/${slug}/document/versions`}>{t('versions.back')}</Link>
      </p>
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.subtitle', { from: from.label, to: to.label })}</p>
      <DocumentTabs slug={slug} current={null} />
      <p className="hint">{t('compare.legend')}</p>
      <DataTable id="compare" caption={t('compare.summaryCaption')} columns={[t('compare.section'), t('compare.change')]}>
        {diffs.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.status === 'unchanged' ? d.title : <a href={`#diff-${d.id}`}>{d.title}</a>}</th>
            <td>
              {t(`compare.status.${d.status}`)}
              {d.status === 'changed' ? ` — ${t('compare.counts', { added: d.added, removed: d.removed })}` : ''}
            </td>
          </tr>
        ))}
      </DataTable>
      {changed.length === 0 ? <p className="card">{t('compare.same')}</p> : null}
      {changed.map((d) => (
        <section key={d.id} id={`diff-${d.id}`} aria-labelledby={`diff-title-${d.id}`} className="card diff-section" data-status={d.status}>
          <h2 id={`diff-title-${d.id}`}>
            {d.title} <span className="badge">{t(`compare.status.${d.status}`)}</span>
          </h2>
          <p className="diff-text">
            {d.parts.map((part, i) =>
              part.change === 'added' ? (
                <ins key={i}>
                  <span className="visually-hidden">[{t('compare.inserted')}] </span>
                  {part.text}
                  <span className="visually-hidden"> [{t('compare.insertedEnd')}]</span>
                </ins>
              ) : part.change === 'removed' ? (
                <del key={i}>
                  <span className="visually-hidden">[{t('compare.deleted')}] </span>
                  {part.text}
                  <span className="visually-hidden"> [{t('compare.deletedEnd')}]</span>
                </del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
    </div>
  );
}
