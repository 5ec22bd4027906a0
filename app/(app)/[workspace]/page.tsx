import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getWorkspace, getWorkspaceFigures } from '@/lib/workspaces/queries';
import { countryName, languageName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

/** The workspace's home: its profile and real figures from the database. */
export default async function OverviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug);
  // A partner sees nothing of the workspace but their partnership's space.
  if (!can(ctx.role, 'workspace.overview')) redirect(`/${slug}/partnerships`);
  const ws = getWorkspace(db, ctx);
  const locale = toLocale(await getLocale());
  const t = await getTranslations('overview');
  const tw = await getTranslations('workspace');
  const format = await getFormatter();
  const figures = can(ctx.role, 'members.read') ? getWorkspaceFigures(db, ctx) : null;
  return (
    <>
      <h1>{ws.name}</h1>
      <p className="lead">{t('intro')}</p>
      {can(ctx.role, 'dashboard.read') ? (
        <p className="notice">
          <Link href={`/${slug}/dashboard`} className="button primary">
            {t('openDashboard')}
          </Link>{' '}
          {t('dashboardHint')}
        </p>
      ) : null}
      <section aria-labelledby="profile-heading" className="card">
        <h2 id="profile-heading">{t('profile')}</h2>
        <dl className="facts">
          <div>
            <dt>{tw('level')}</dt>
            <dd>{tw(`levels.${ws.level}`)}</dd>
          </div>
          <div>
            <dt>{tw('country')}</dt>
            <dd>{countryName(ws.country, locale)}</dd>
          </div>
          <div>
            <dt>{tw('population')}</dt>
            <dd>{ws.population == null ? t('unknown') : format.number(ws.population)}</dd>
          </div>
          <div>
            <dt>{tw('languages')}</dt>
            <dd>{ws.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('updated')}</dt>
            <dd>{format.dateTime(ws.updatedAt, { dateStyle: 'long' })}</dd>
          </div>
        </dl>
        {can(ctx.role, 'workspace.update') ? <Link href={`/${slug}/settings`}>{t('editProfile')}</Link> : null}
      </section>
      {figures ? (
        <section aria-labelledby="figures-heading" className="card">
          <h2 id="figures-heading">{t('team')}</h2>
          <ul className="figures">
            <li>
              <strong>{format.number(figures.members)}</strong> {t('members', { count: figures.members })}
            </li>
            <li>
              <strong>{format.number(figures.pendingInvitations)}</strong>{' '}
              {t('pendingInvitations', { count: figures.pendingInvitations })}
            </li>
            <li>
              <strong>{format.number(figures.auditEntries)}</strong> {t('auditEntries', { count: figures.auditEntries })}
            </li>
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="journey-heading" className="card">
        <h2 id="journey-heading">{t('journeyTitle')}</h2>
        <p>{t('journeyBody')}</p>
      </section>
    </>
  );
}
