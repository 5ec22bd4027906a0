import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { toLocale } from '@/lib/i18n/config';
import { getDashboardForPage } from '@/lib/dashboard/queries';
import { getDashboardReview } from '@/lib/dashboard/review';
import { getWorkspace } from '@/lib/workspaces/queries';
import { DashboardBlock } from '@/components/dashboard/block';
import { ActionsByAxisContent, BudgetContent } from '@/components/dashboard/actions-blocks';
import { CoherenceContent, OverdueContent } from '@/components/dashboard/coherence-block';
import { MapContent } from '@/components/dashboard/map-block';
import { MaturityContent } from '@/components/dashboard/maturity-block';
import { ReturnsContent } from '@/components/dashboard/returns-block';
import { ReviewContent } from '@/components/dashboard/review-block';
import { IndicatorStatusContent } from '@/components/dashboard/indicator-status-block';
import { PrintButton } from '@/components/diagnostic/print-button';
import { coFinancingOverview } from '@/lib/co-financing/overview-queries';
import { CoFinancingContent } from '@/components/dashboard/co-financing-block';
import '@/components/dashboard/dashboard.css';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { PageHead } from '@/components/ui/page-head';

export const generateMetadata = pageTitle('dashboard', 'title');

// Always computed at request time: the figures are the database's, never a cached copy.
export const dynamic = 'force-dynamic';

/**
 * The elected officials' dashboard: one page, readable in two minutes and printable, with each
 * block's figures computed in SQL by the domains' own queries and a link to its detail page.
 */
export default async function DashboardPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'dashboard.read', 'dashboard');
  const tr = await getTranslations('rounds');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const ws = getWorkspace(db, ctx);
  const data = getDashboardForPage(ctx, { locale });
  const review = getDashboardReview(db, ctx);
  const coFinancing = coFinancingOverview(db, ctx);
  const tc = await getTranslations('coFinancing');
  const base = `/${slug}`;
  return (
    <div className="dashboard">
      <PageHead
        title={t('title')}
        lead={t('intro', { workspace: ws.name })}
        extra={
          <>
            <p className="muted">{t('computedOn', { date: format.dateTime(new Date(), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          </>
        }
        actions={
          <>
            <PrintButton label={t('print')} />
            {can(ctx.role, 'publication.manage') ? (
              <Link href={`${base}/dashboard/publication`} className="button">
                {t('publication')}
              </Link>
            ) : null}
          </>
        }
        actionsClass="no-print"
      />
      <div className="dash-grid">
        <DashboardBlock id="review" title={t('blocks.review')} href={review.href(base)} linkLabel={t('details')}>
          <ReviewContent state={review.state} latestVersion={review.latestVersion} base={base} />
        </DashboardBlock>
        <DashboardBlock
          id="maturity"
          title={t('blocks.maturity')}
          href={data.maturity ? `${base}/diagnostic/${data.maturity.latest.id}/results` : `${base}/diagnostic`}
          linkLabel={t('details')}
        >
          <MaturityContent data={data.maturity} locale={locale} base={base} />
        </DashboardBlock>
        <DashboardBlock id="coherence" title={t('blocks.coherence')} href={`${base}/strategy`} linkLabel={t('details')}>
          <CoherenceContent data={data.coherence} base={base} />
        </DashboardBlock>
        <DashboardBlock id="overdue" title={t('blocks.overdue')} href={`${base}/strategy/indicators`} linkLabel={t('details')}>
          <OverdueContent data={data.overdue} base={base} />
        </DashboardBlock>
        <DashboardBlock id="indicator-status" title={tr('dashboard.heading')} href={`${base}/strategy/indicators`} linkLabel={t('details')}>
          <IndicatorStatusContent data={data.overdue} />
        </DashboardBlock>
        <DashboardBlock id="returns" title={t('blocks.returns')} href={`${base}/actions/returns`} linkLabel={t('details')}>
          <ReturnsContent data={data.returns} base={base} />
        </DashboardBlock>
        <DashboardBlock id="actions" title={t('blocks.actionsByAxis')} href={`${base}/strategy/map`} linkLabel={t('details')} wide>
          <ActionsByAxisContent data={data.actionsByAxis} base={base} />
        </DashboardBlock>
        <DashboardBlock id="budget" title={t('blocks.budget')} href={`${base}/actions/budget`} linkLabel={t('details')} wide>
          <BudgetContent data={data.budget} base={base} />
        </DashboardBlock>
        <DashboardBlock id="co-financing" title={tc('budget.title')} href={`${base}/actions/budget#co-financing-h`} linkLabel={t('details')}>
          <CoFinancingContent data={coFinancing} />
        </DashboardBlock>
        <DashboardBlock id="map" title={t('blocks.map')} href={`${base}/actors/map`} linkLabel={t('details')}>
          <MapContent data={data.map} locale={locale} base={base} />
        </DashboardBlock>
      </div>
    </div>
  );
}
