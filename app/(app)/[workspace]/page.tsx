import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getWorkspace, getWorkspaceFigures } from '@/lib/workspaces/queries';
import { getJourney } from '@/lib/journey/journey';
import { countryName, languageName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { JourneySteps, MyTasksCard } from '@/components/workspaces/journey';
import { DueCard } from '@/components/workspaces/due-card';
import { getDueList } from '@/lib/journey/due';
import '@/components/workspaces/journey.css';
import { formatMoment } from '@/lib/format/dates';
import { pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('overview', 'title');

/**
 * The workspace's home, the journey's hub: first what awaits the reader (a decision and its due
 * day, assigned dimensions and sections, late indicators), then the method's steps, each measured
 * from the data with the next useful step; the authority's profile and team last.
 */
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
  const journey = getJourney(db, ctx, { locale });
  // Managers are shown the next step of the method; the others, what is asked of them first.
  const personal = ctx.role === 'reviewer' || ctx.role === 'contributor';
  return (
    <>
      <h1>{ws.name}</h1>
      <p className="lead">{t('hubIntro')}</p>
      <MyTasksCard slug={slug} mine={journey.mine} showEmpty={personal} />
      <DueCard slug={slug} due={getDueList(db, ctx)} />
      {can(ctx.role, 'dashboard.read') ? (
        <p className="notice">
          <Link href={`/${slug}/dashboard`} className="button primary">
            {t('openDashboard')}
          </Link>{' '}
          {t('dashboardHint')}
        </p>
      ) : null}
      <JourneySteps slug={slug} steps={journey.steps} nextStep={journey.nextStep} />
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
            <dd>{formatMoment(format, ws.updatedAt, 'long', false)}</dd>
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
              <strong>{format.number(figures.pendingInvitations)}</strong> {t('pendingInvitations', { count: figures.pendingInvitations })}
            </li>
            <li>
              <strong>{format.number(figures.auditEntries)}</strong> {t('auditEntries', { count: figures.auditEntries })}
            </li>
          </ul>
          {can(ctx.role, 'members.invite') && figures.members === 1 ? (
            <p>
              <Link href={`/${slug}/members`}>{t('inviteTeam')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
