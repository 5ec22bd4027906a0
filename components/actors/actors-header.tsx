import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { PageHead, Tabs, type AreaHeaderProps } from '@/components/ui/page-head';

const VIEWS = [
  { key: 'table', path: '' },
  { key: 'graph', path: '/graph' },
  { key: 'grid', path: '/grid' },
  { key: 'map', path: '/map' },
] as const;

type ActorsView = (typeof VIEWS)[number]['key'];

/** Title, the four views of the actors map, and what the role may do from here. */
export async function ActorsHeader({ ctx, current, title, intro, query = '' }: Omit<AreaHeaderProps<ActorsView>, 'children'> & { query?: string }) {
  const t = await getTranslations('actors');
  const base = `/${ctx.workspaceSlug}/actors`;
  return (
    <>
      <PageHead
        title={title}
        lead={intro}
        actions={
          <>
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
          </>
        }
      />
      <Tabs
        label={t('views.label')}
        current={current}
        items={VIEWS.map((view) => ({ key: view.key, href: `${base}${view.path}${query}`, label: t(`views.${view.key}`) }))}
      />
    </>
  );
}
