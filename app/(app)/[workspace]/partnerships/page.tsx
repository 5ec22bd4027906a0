import Link from 'next/link';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { countryName } from '@/lib/geo';
import { listPartnerCandidates, listPartnerships } from '@/lib/partnerships/queries';
import { EntryForm } from '@/components/partnerships/entry-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { CardList } from '@/components/ui/card-list';

export const generateMetadata = pageTitle('partnerships', 'title');

/** The workspace's partnerships with foreign partner authorities; a partner goes straight to theirs. */
export default async function PartnershipsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'partnerships.read', 'partnerships');
  const list = listPartnerships(db, ctx);
  if (ctx.role === 'partner' && list.length === 1) redirect(`/${slug}/partnerships/${list[0]!.id}`);
  const manage = can(ctx.role, 'partnerships.manage');
  const candidates = manage ? listPartnerCandidates(db, ctx) : [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {can(ctx.role, 'coordination.read') ? (
        <p>
          <Link href={`/${slug}/partnerships/coordination`}>{t('coordination.link')}</Link>
        </p>
      ) : null}
      <CardList id="partnerships-list" title={t('listTitle')} items={list} empty={t('none')}>
        {(p) => (
          <li key={p.id}>
            <Link href={`/${slug}/partnerships/${p.id}`}>{p.title}</Link>{' '}
            <span className="muted">
              {t('withActor', { name: p.actorName, country: p.country ? countryName(p.country, locale) : '' })} ·{' '}
              {t('counts', { sections: p.sections, exchanges: p.exchanges })}
            </span>
          </li>
        )}
      </CardList>
      {manage ? (
        <section aria-labelledby="partnership-create" className="card">
          <h2 id="partnership-create">{t('createTitle')}</h2>
          {candidates.length === 0 ? (
            <p>{t('noCandidates')}</p>
          ) : (
            <EntryForm
              workspaceId={ctx.workspaceId}
              action="create"
              fixed={{}}
              idPrefix="partnership"
              fields={[
                {
                  name: 'actorId',
                  label: t('fields.actor'),
                  type: 'select',
                  required: true,
                  options: candidates.map((c) => ({ value: c.id, label: `${c.name} (${countryName(c.country!, locale)})` })),
                },
                { name: 'title', label: t('fields.title'), type: 'text', required: true },
              ]}
              submitLabel={t('create')}
              successLabel={t('created')}
              goTo={`/${slug}/partnerships/{id}`}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
