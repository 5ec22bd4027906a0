import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can, type Permission } from '@/lib/auth/policy';
import { PageHead, Tabs, type AreaHeaderProps } from '@/components/ui/page-head';

const VIEWS = [
  { key: 'register', path: '', permission: 'externalActions.readShared' },
  { key: 'matrix', path: '/matrix', permission: 'externalActions.read' },
  { key: 'returns', path: '/returns', permission: 'externalActions.read' },
  { key: 'budget', path: '/budget', permission: 'externalActions.read' },
  { key: 'declaration', path: '/declaration', permission: 'declaration.read' },
  { key: 'blindSpots', path: '/blind-spots', permission: 'externalActions.read' },
  { key: 'competencies', path: '/competencies', permission: 'competencies.read' },
  { key: 'departments', path: '/departments', permission: 'departments.read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type ActionsView = (typeof VIEWS)[number]['key'];

/** Title, the views of the external actions (each shown only to roles allowed to open it) and the main command. */
export async function ActionsHeader({ ctx, current, title, intro, children }: AreaHeaderProps<ActionsView>) {
  const t = await getTranslations('externalActions');
  const base = `/${ctx.workspaceSlug}/actions`;
  const views = VIEWS.filter((v) => can(ctx.role, v.permission));
  return (
    <>
      <PageHead
        title={title}
        lead={intro}
        actions={
          children ??
          (can(ctx.role, 'externalActions.create') ? (
            <Link href={`${base}/new`} className="button primary">
              {t('new')}
            </Link>
          ) : null)
        }
      />
      {views.length > 1 ? (
        <Tabs
          label={t('tabs.label')}
          current={current}
          items={views.map((view) => ({ key: view.key, href: `${base}${view.path}`, label: t(`tabs.${view.key}`) }))}
        />
      ) : null}
    </>
  );
}
