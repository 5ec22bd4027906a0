import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listEvaluations } from '@/lib/evaluation/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { OpenEvaluationForm } from '@/components/evaluation/evaluation-forms';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('evaluation');

/** The yearly evaluations of the workspace, latest first; managers open a new year. */
export default async function EvaluationsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'evaluation.read', 'evaluation');
  const list = listEvaluations(db, ctx);
  const lastYear = new Date().getUTCFullYear() - 1;
  return (
    <>
      <StrategyHeader ctx={ctx} current="evaluation" title={t('title')} intro={t('intro')} />
      <section aria-labelledby="evaluations-title" className="card">
        <h2 id="evaluations-title">{t('listTitle')}</h2>
        {list.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul>
            {list.map((e) => (
              <li key={e.id}>
                <Link href={`/${slug}/evaluation/${e.year}`}>{t('yearTitle', { year: e.year })}</Link> — {t('versionsCount', { count: e.versions })}
                {e.adoption ? <span className="badge"> {t('adoptedShort')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(ctx.role, 'evaluation.write') ? (
        <OpenEvaluationForm
          workspaceId={ctx.workspaceId}
          slug={slug}
          maxYear={lastYear + 1}
          defaultYear={list.some((e) => e.year === lastYear) ? lastYear + 1 : lastYear}
        />
      ) : null}
    </>
  );
}
