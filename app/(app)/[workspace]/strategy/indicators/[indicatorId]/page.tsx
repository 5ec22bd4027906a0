import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getIndicator, listIndicatorOwners } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { IndicatorSparkline } from '@/components/strategy/sparkline';
import { ValueForm } from '@/components/strategy/value-form';
import { IndicatorForm } from '@/components/strategy/indicator-form';
import { DeleteIndicatorButton, DeleteValueButton } from '@/components/strategy/delete-buttons';
import { formatDay } from '@/lib/format/dates';
import { TermSection } from '@/components/strategy/term-section';
import { TermForm } from '@/components/strategy/term-form';
import { StatusBadge } from '@/components/strategy/status-badge';
import { DataTable } from '@/components/ui/data-table';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';

type Params = { workspace: string; indicatorId: string };
type Props = { params: Promise<Params> };

export const generateMetadata = recordTitle('strategy.read', (ctx, { indicatorId }: Params) => getIndicator(db, ctx, indicatorId).name);

/** One indicator: its progress as a chart and a table of values; its owner and managers record new values. */
export default async function IndicatorPage({ params }: Props) {
  const { indicatorId } = await params;
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const indicator = orNotFound(() => getIndicator(db, ctx, indicatorId));
  const tr = await getTranslations('rounds');
  const manager = can(ctx.role, 'strategy.manage');
  const day = (iso: string) => formatDay(format, iso);
  const num = (n: number) => `${format.number(n, { maximumFractionDigits: 2 })} ${indicator.unit}`;
  const { progress } = indicator;
  return (
    <>
      <StrategyHeader ctx={ctx} current={null} title={indicator.name} intro={t('indicator.intro')}>
        <Link href={indicator.axisId ? `/${slug}/strategy/axes/${indicator.axisId}` : `/${slug}/actions/${indicator.actionId}`} className="button ghost">
          {indicator.axisTitle ?? indicator.actionTitle}
        </Link>
      </StrategyHeader>
      {progress.overdue ? (
        <p className="notice" role="status">
          <span className="overdue">{t('indicators.overdueSince', { date: day(progress.dueOn) })}</span> —{' '}
          {t('indicator.remind', { owner: indicator.ownerName ?? t('indicators.noOwner') })}
        </p>
      ) : null}
      <section className="card" aria-labelledby="progress-h">
        <h2 id="progress-h">{t('indicators.progress')}</h2>
        <dl className="facts">
          <dt>{t('fields.owner')}</dt>
          <dd>{indicator.ownerName ?? t('indicators.noOwner')}</dd>
          <dt>{t('fields.frequency')}</dt>
          <dd>{t(`frequencies.${indicator.frequency}`)}</dd>
          <dt>{t('fields.baseline')}</dt>
          <dd>{num(indicator.baseline)}</dd>
          <dt>{t('fields.target')}</dt>
          <dd>{t('indicator.targetBy', { target: num(indicator.target), date: day(indicator.targetDate) })}</dd>
          <dt>{t('indicators.latest')}</dt>
          <dd>{progress.latest ? t('indicator.latestOn', { value: num(progress.latest.value), date: day(progress.latest.observedOn) }) : '—'}</dd>
          <dt>{t('indicators.progress')}</dt>
          <dd>{progress.progress === null ? '—' : format.number(progress.progress, { style: 'percent', maximumFractionDigits: 0 })}</dd>
          <dt>{t('indicators.nextUpdate')}</dt>
          <dd>{day(progress.dueOn)}</dd>
          <dt>{tr('term.status')}</dt>
          <dd>
            <StatusBadge status={indicator.term.status} label={tr(`status.${indicator.term.status ?? 'none'}`)} />
          </dd>
        </dl>
        <IndicatorSparkline
          indicator={indicator}
          label={t('indicators.chartLabel', { name: indicator.name, count: indicator.values.length })}
          width={420}
          height={120}
        />
        <p className="hint">{t('indicator.chartHint')}</p>
      </section>
      <section className="card" aria-labelledby="term-h">
        <h2 id="term-h">{tr('term.heading')}</h2>
        <TermSection indicator={indicator} />
        {manager && indicator.term.term ? (
          <TermForm
            workspaceId={ctx.workspaceId}
            indicatorId={indicator.id}
            defaults={{ atRisk: Math.round(indicator.term.thresholds.atRiskBelow * 100), offTrack: Math.round(indicator.term.thresholds.offTrackBelow * 100) }}
            initial={{
              targets: indicator.term.years
                .filter((y) => y.set)
                .map((y) => `${y.year}=${y.expected}`)
                .join('\n'),
              atRiskBelow: indicator.atRiskBelow === null ? '' : String(Math.round(indicator.atRiskBelow * 1000) / 10),
              offTrackBelow: indicator.offTrackBelow === null ? '' : String(Math.round(indicator.offTrackBelow * 1000) / 10),
              minValue: indicator.minValue === null ? '' : String(indicator.minValue),
              maxValue: indicator.maxValue === null ? '' : String(indicator.maxValue),
            }}
          />
        ) : null}
      </section>
      <section className="card" aria-labelledby="values-h">
        <h2 id="values-h">{t('values.title')}</h2>
        {indicator.values.length ? (
          <DataTable
            id="values"
            caption={t('values.caption', { name: indicator.name })}
            columns={[
              t('fields.observedOn'),
              { label: t('values.value'), num: true },
              t('fields.source'),
              tr('term.comment'),
              tr('term.status'),
              indicator.canEdit ? t('values.actions') : null,
            ]}
          >
            {[...indicator.values].reverse().map((v) => (
              <tr key={v.id}>
                <th scope="row">{day(v.observedOn)}</th>
                <td className="num">{num(v.value)}</td>
                <td>{v.source}</td>
                <td>{v.comment ?? ''}</td>
                <td>
                  <StatusBadge status={indicator.term.valueStatus[v.id] ?? null} label={tr(`status.${indicator.term.valueStatus[v.id] ?? 'none'}`)} />
                </td>
                {indicator.canEdit ? (
                  <td>
                    <DeleteValueButton workspaceId={ctx.workspaceId} valueId={v.id} label={`${day(v.observedOn)} — ${num(v.value)}`} />
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        ) : (
          <p>{t('values.empty')}</p>
        )}
        {indicator.canEdit ? (
          <>
            <h3>{t('values.new')}</h3>
            <ValueForm workspaceId={ctx.workspaceId} indicatorId={indicator.id} unit={indicator.unit} />
          </>
        ) : null}
      </section>
      {indicator.canEdit ? (
        <section className="card" aria-labelledby="edit-indicator-h">
          <h2 id="edit-indicator-h">{t('indicator.edit')}</h2>
          <IndicatorForm
            workspaceId={ctx.workspaceId}
            owners={listIndicatorOwners(db, ctx)}
            ownerLocked={!manager}
            indicator={{
              id: indicator.id,
              name: indicator.name,
              unit: indicator.unit,
              baseline: indicator.baseline,
              target: indicator.target,
              targetDate: indicator.targetDate,
              ownerId: indicator.ownerId,
              frequency: indicator.frequency,
              version: indicator.version,
            }}
          />
          {manager ? <DeleteIndicatorButton workspaceId={ctx.workspaceId} indicatorId={indicator.id} name={indicator.name} slug={slug} /> : null}
        </section>
      ) : null}
    </>
  );
}
