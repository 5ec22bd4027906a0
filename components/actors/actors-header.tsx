import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import type { MemberContext } from '@/lib/auth/session';

const VIEWS = [
  { key: 'table', path: '' },
  { key: 'graph', path: '/graph' },
  { key: 'grid', path: '/grid' },
  { key: 'map', path: '/map' },
] as const;

/** Title, the four views of the actors map, and what the role may do from here. */
export async function ActorsHeader({
  ctx,
  current,
  title,
  intro,
  query = '',
}: {
  ctx: MemberContext;
  current: (typeof VIEWS)[number]['key'];
  title: string;
  intro: string;
  query?: string;
}) {
  const t = await getTranslations('actors');
  const base = `/${ctx.workspaceSlug}/actors`;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          <p className="lead">{intro}</p>
        </div>
        <div className="actions">
          {can(ctx.role, 'actors.create') ? (
            <Link href={`${base}/new`} className="button primary">
              {t('new')}
            </Link>
          ) : null}
          {can(ctx.role, 'actors.import') ? (
            <Link href={`${base}/import`} className="button">
              {t('import')}
            </Link>
          ) : null}
          {can(ctx.role, 'census.manage') ? (
            <Link href={`${base}/census`} className="button">
              {t('census')}
            </Link>
          ) : null}
        </div>
      </div>
      <nav aria-label={t('views.label')} className="tabs">
        <ul>
          {VIEWS.map((view) => (
            <li key={view.key}>
              <Link href={`${base}${view.path}${query}`} aria-current={view.key === current ? 'page' : undefined}>
                {t(`views.${view.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
