import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MemberContext } from '@/lib/auth/session';

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
export async function StrategyHeader({
  ctx,
  current,
  title,
  intro,
  children,
}: {
  ctx: MemberContext;
  current: StrategyView;
  title: string;
  intro?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations('strategy');
  const base = `/${ctx.workspaceSlug}/strategy`;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          {intro ? <p className="lead">{intro}</p> : null}
        </div>
        {children ? <div className="actions">{children}</div> : null}
      </div>
      <nav aria-label={t('tabs.label')} className="tabs">
        <ul>
          {VIEWS.map((view) => (
            <li key={view.key}>
              <Link
                href={view.path === null ? `/${ctx.workspaceSlug}/evaluation` : `${base}${view.path}`}
                aria-current={view.key === current ? 'page' : undefined}
              >
                {t(`tabs.${view.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
