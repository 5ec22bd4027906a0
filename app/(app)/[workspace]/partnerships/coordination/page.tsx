import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { countryName } from '@/lib/geo';
import { coordinationMatches } from '@/lib/partnerships/coordination';
import { CoordinationConsent } from '@/components/partnerships/small-actions';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { HeaderRow } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('partnerships.coordination', 'title');

/**
 * Coordination between the authorities of one installation: once a workspace consents, it sees
 * which other consenting workspaces work with the same foreign partners or countries — names and
 * counts only.
 */
export default async function CoordinationPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, t, locale } = await loadWorkspacePage(params, 'coordination.read', 'partnerships.coordination');
  const { optedIn, matches } = coordinationMatches(db, ctx);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="consent-title" className="card">
        <h2 id="consent-title">{t('consentTitle')}</h2>
        <p>{optedIn ? t('optedIn') : t('notOptedIn')}</p>
        {can(ctx.role, 'coordination.manage') ? (
          <CoordinationConsent workspaceId={ctx.workspaceId} optedIn={optedIn} />
        ) : (
          <p className="hint">{t('adminOnly')}</p>
        )}
      </section>
      {optedIn ? (
        <section aria-labelledby="matches-title" className="card">
          <h2 id="matches-title">{t('matchesTitle')}</h2>
          {matches.length === 0 ? (
            <p>{t('noMatches')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('matchesTitle')}</caption>
              <thead>
                <HeaderRow columns={[t('workspace'), t('partners'), t('countries')]} />
              </thead>
              <tbody>
                {matches.map((m) => (
                  <tr key={m.workspaceName}>
                    <th scope="row">{m.workspaceName}</th>
                    <td>
                      {t('partnerCount', { count: m.partners.length })}
                      {m.partners.length ? ` — ${m.partners.join(', ')}` : ''}
                    </td>
                    <td>
                      {t('countryCount', { count: m.countries.length })}
                      {m.countries.length ? ` — ${m.countries.map((c) => countryName(c, locale)).join(', ')}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  );
}
