import { getTranslations } from 'next-intl/server';
import { PageHead, Tabs, type AreaHeaderProps } from '@/components/ui/page-head';

const VIEWS = [
  { key: 'overview', path: '' },
  { key: 'map', path: '/map' },
  { key: 'placements', path: '/placements' },
  { key: 'indicators', path: '/indicators' },
  { key: 'rounds', path: '/rounds' },
  // The yearly evaluation lives at /<workspace>/evaluation, beside the strategy it evaluates.
  { key: 'evaluation', path: null },
] as const;

export type StrategyView = (typeof VIEWS)[number]['key'] | null;

/** Title, lead and the strategy's views. */
export async function StrategyHeader({ ctx, current, title, intro, children }: AreaHeaderProps<StrategyView>) {
  const t = await getTranslations('strategy');
  const base = `/${ctx.workspaceSlug}/strategy`;
  return (
    <>
      <PageHead title={title} lead={intro} actions={children ? children : undefined} />
      <Tabs
        label={t('tabs.label')}
        current={current}
        items={VIEWS.map((view) => ({
          key: view.key,
          href: view.path === null ? `/${ctx.workspaceSlug}/evaluation` : `${base}${view.path}`,
          label: t(`tabs.${view.key}`),
        }))}
      />
    </>
  );
}
