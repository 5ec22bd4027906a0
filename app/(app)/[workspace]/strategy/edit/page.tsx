import { db } from '@/db/client';
import { getStrategy } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { StrategyForm } from '@/components/strategy/strategy-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('strategy', 'edit.title');

/** Writes the period, vision, thread and guiding principles (editors and admins). */
export default async function EditStrategyPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'strategy.manage', 'strategy');
  const strategy = getStrategy(db, ctx);
  const year = new Date().getFullYear();
  return (
    <>
      <StrategyHeader ctx={ctx} current={null} title={t('edit.title')} intro={t('edit.intro')} />
      <StrategyForm
        workspaceId={ctx.workspaceId}
        slug={slug}
        initial={{
          periodStart: strategy?.periodStart ?? year,
          periodEnd: strategy?.periodEnd ?? year + 5,
          vision: strategy?.vision ?? '',
          thread: strategy?.thread ?? '',
          principles: strategy?.principles.join('\n') ?? '',
          version: strategy?.version ?? 0,
        }}
      />
    </>
  );
}
