import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { RETURN_CATEGORIES } from '@/db/schema/external-actions';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getExternalAction, getExternalActionDetail } from '@/lib/external-actions/queries';
import { listCompetencies } from '@/lib/competencies/queries';
import { countryName } from '@/lib/geo';
import { formatMoney } from '@/components/external-actions/money';
import { formatPeriod } from '@/components/external-actions/period';
import { ObservedReturnForm } from '@/components/external-actions/observed-return-form';
import { DeleteActionButton, DeleteObservedButton } from '@/components/external-actions/delete-buttons';
import { listActionMilestones } from '@/lib/milestones/queries';
import { MilestoneTimeline } from '@/components/milestones/milestone-timeline';
import { MilestoneForm } from '@/components/milestones/milestone-form';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { SectorCard } from '@/components/iati/sector-card';
import { getActionPlan } from '@/lib/co-financing/queries';
import { CoFinancingSection } from '@/components/co-financing/plan-section';
import { DataTable } from '@/components/ui/data-table';
import { PageHead } from '@/components/ui/page-head';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

type Params = { workspace: string; actionId: string };
type Props = { params: Promise<Params> };

export const generateMetadata = recordTitle('externalActions.readShared', (ctx, { actionId }: Params) => getExternalAction(db, ctx, actionId).title);

/**
 * One action: what it is, who takes part and how, which competencies it serves and why, what it
 * costs and who pays, and what was expected against what was observed. A partner sees it only if
 * their authority is one of its partners.
 */
export default async function ExternalActionPage({ params }: Props) {
  const { actionId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'externalActions.readShared', 'externalActions');
  const detail = orNotFound(() => getExternalActionDetail(db, ctx, actionId));
  const { action } = detail;
  const tm = await getTranslations('milestones');
  const milestones = listActionMilestones(db, ctx, actionId);
  // The co-financing plan: members who read the register (not partners).
  const coFinancing = can(ctx.role, 'externalActions.read') ? getActionPlan(db, ctx, actionId) : null;
  const competencyTitles = new Map(listCompetencies(db, ctx, locale).map((c) => [c.ref, c.title]));
  const base = `/${slug}/actions`;
  const seesActors = can(ctx.role, 'actors.read');
  const seesDepartments = can(ctx.role, 'departments.read');
  const seesRegister = can(ctx.role, 'externalActions.read');
  const period = formatPeriod(format, t, action.startDate, action.endDate);
  const budgetTotal = detail.budgetLines.reduce((s, l) => s + l.amountCents, 0);
  const byYear = new Map<number, number>();
  for (const line of detail.budgetLines) byYear.set(line.year, (byYear.get(line.year) ?? 0) + line.amountCents);
  const observedByExpected = new Map<string, typeof detail.observed>();
  for (const o of detail.observed) {
    if (o.expectedReturnId) observedByExpected.set(o.expectedReturnId, [...(observedByExpected.get(o.expectedReturnId) ?? []), o]);
  }
  const unexpected = detail.observed.filter((o) => !o.expectedReturnId);
  const day = (iso: string) => formatDay(format, iso);
  const scopeOf = (category: string) => ((RETURN_CATEGORIES.territory as readonly string[]).includes(category) ? 'territory' : 'administration');
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('none')}</dd>
    </div>
  );
  const actorLink = (a: { id: string; name: string }) => (seesActors ? <Link href={`/${slug}/actors/${a.id}`}>{a.name}</Link> : a.name);
  const observation = (o: (typeof detail.observed)[number]) => (
    <li key={o.id}>
      <p>
        <strong>{o.description}</strong>
      </p>
      <p className="cell-small">
        {t('detail.evidence', { evidence: o.evidence })} · {t('detail.observedOn', { date: day(o.observedOn) })}
        {o.value ? ` · ${t('detail.valueIs', { value: o.value })}` : ''}
      </p>
      {detail.canEdit ? <DeleteObservedButton workspaceId={ctx.workspaceId} id={o.id} /> : null}
    </li>
  );
  return (
    <>
      <BackLink href={base}>← {t('back')}</BackLink>
      <PageHead
        title={action.title}
        lead={
          <>
            {t(`types.${action.type}`)} ·{' '}
            <span className="pill" data-status={action.status}>
              {t(`statuses.${action.status}`)}
            </span>
          </>
        }
        extra={ctx.role === 'partner' ? <p className="notice">{t('detail.sharedWith')}</p> : null}
        actions={
          <>
            {detail.canEdit ? (
              <Link href={`${base}/${action.id}/edit`} className="button">
                {t('edit')}
              </Link>
            ) : null}
            {can(ctx.role, 'externalActions.delete') ? (
              <DeleteActionButton workspaceId={ctx.workspaceId} slug={slug} id={action.id} title={action.title} />
            ) : null}
          </>
        }
      />

      <section className="card" aria-labelledby="summary-h">
        <h2 id="summary-h">{t('detail.summary')}</h2>
        {action.description ? <p className="prewrap">{action.description}</p> : null}
        <dl className="facts">
          {fact(t('fields.rationales'), action.rationales.map((r) => t(`rationales.${r}`)).join(', '))}
          {fact(t('fields.period'), period)}
          {fact(t('fields.countries'), action.countries.map((c) => countryName(c, locale)).join(', '))}
          {fact(t('fields.updatedAt'), formatMoment(format, action.updatedAt, 'medium', false))}
        </dl>
        {detail.sdgs.length ? (
          <>
            <h3>{t('fields.sdgs')}</h3>
            <ul className="inline-list">
              {detail.sdgs.map((n) => (
                <li key={n} className="pill">
                  {t(`sdgs.sdg${n}`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="partners-h">
        <h2 id="partners-h">{t('detail.partnersActors')}</h2>
        <div className="grid-2">
          <div>
            <h3>{t('fields.partners')}</h3>
            {detail.partners.length ? (
              <ul>
                {detail.partners.map((p) => (
                  <li key={p.id}>
                    {actorLink(p)}
                    {p.country ? <span className="muted"> · {countryName(p.country, locale)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('detail.noPartners')}</p>
            )}
          </div>
          <div>
            <h3>{t('fields.actors')}</h3>
            {detail.territorialActors.length ? (
              <ul>
                {detail.territorialActors.map((a) => (
                  <li key={a.id}>{actorLink(a)}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('detail.noActors')}</p>
            )}
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="departments-h">
        <h2 id="departments-h">{t('detail.departments')}</h2>
        {detail.departments.length ? (
          <ul className="plain-list">
            {detail.departments.map((d) => (
              <li key={d.id} className="row">
                <span>{seesDepartments ? <Link href={`${base}/departments/${d.id}`}>{d.name}</Link> : d.name}</span>
                <span className="pill" data-mode={d.mode} title={t(`modeHints.${d.mode}`)}>
                  {t(`modes.${d.mode}`)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="warning-text">{t('detail.noDepartments')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="competencies-h">
        <h2 id="competencies-h">{t('detail.competencies')}</h2>
        {detail.competencies.length ? (
          <ul className="competency-links">
            {detail.competencies.map((c) => (
              <li key={c.id}>
                <strong>
                  {seesRegister ? (
                    <Link href={`${base}?competency=${encodeURIComponent(c.ref)}`}>{competencyTitles.get(c.ref) ?? c.ref}</Link>
                  ) : (
                    (competencyTitles.get(c.ref) ?? c.ref)
                  )}
                </strong>
                <blockquote>{c.reason}</blockquote>
              </li>
            ))}
          </ul>
        ) : (
          <p className="warning-text">{t('detail.noCompetencies')}</p>
        )}
      </section>

      {ctx.role === 'partner' ? null : (
        <SectorCard
          workspaceId={ctx.workspaceId}
          actionId={action.id}
          chosen={action.dacSector}
          competencyKeys={detail.competencies.map((c) => c.ref)}
          canEdit={detail.canEdit}
          locale={locale}
        />
      )}

      <section className="card" aria-labelledby="budget-h">
        <h2 id="budget-h">{t('detail.budget')}</h2>
        {detail.budgetLines.length ? (
          <>
            <DataTable
              id="budget"
              caption={t('detail.budgetCaption')}
              hideCaption
              columns={[t('fields.year'), t('fields.label'), t('fields.fundingSource'), t('fields.budgetDepartment'), { label: t('fields.amount'), num: true }]}
              foot={
                <>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t('detail.total')}
                    </th>
                    <td className="num">
                      <strong>{formatMoney(format, budgetTotal, budgetTotal % 100 !== 0)}</strong>
                    </td>
                  </tr>
                </>
              }
            >
              {detail.budgetLines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.year}</th>
                  <td>{l.label ?? t('none')}</td>
                  <td>{t(`fundingSources.${l.fundingSource}`)}</td>
                  <td>{l.departmentName ?? t('none')}</td>
                  <td className="num">{formatMoney(format, l.amountCents, l.amountCents % 100 !== 0)}</td>
                </tr>
              ))}
            </DataTable>
            {byYear.size > 1 ? (
              <p className="cell-small">
                {t('detail.byYear')} {[...byYear.entries()].map(([year, cents]) => `${year} — ${formatMoney(format, cents)}`).join(' · ')}
              </p>
            ) : null}
          </>
        ) : (
          <p className="muted">{t('detail.noBudget')}</p>
        )}
      </section>

      {coFinancing ? <CoFinancingSection plan={coFinancing} workspaceId={ctx.workspaceId} actionId={action.id} /> : null}

      <section className="card" aria-labelledby="returns-h">
        <h2 id="returns-h">{t('detail.returns')}</h2>
        <h3>{t('detail.expected')}</h3>
        {detail.expected.length ? (
          <ul className="marked-list">
            {detail.expected.map((e) => {
              const answers = observedByExpected.get(e.id) ?? [];
              return (
                <li key={e.id} className="marked-item return-item" data-met={answers.length > 0}>
                  <h4>
                    {t(`returnCategories.${e.category}`)} <span className="muted">· {t(`returnScopes.${scopeOf(e.category)}`)}</span>
                  </h4>
                  <p>{e.description}</p>
                  {e.indicator || e.target ? (
                    <p className="cell-small">
                      {e.indicator ? t('detail.indicatorTarget', { indicator: e.indicator }) : null}
                      {e.indicator && e.target ? ' · ' : null}
                      {e.target ? t('detail.targetValue', { target: e.target }) : null}
                    </p>
                  ) : null}
                  {answers.length ? (
                    <>
                      <p className="cell-small">
                        <strong>{t('detail.observedFor')}</strong>
                      </p>
                      <ul className="observations">{answers.map(observation)}</ul>
                    </>
                  ) : (
                    <p className="cell-small">{t('detail.notObservedYet')}</p>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="warning-text">{t('detail.noExpected')}</p>
        )}
        <h3>{t('detail.unexpected')}</h3>
        {unexpected.length ? (
          <ul className="marked-list">
            {unexpected.map((o) => (
              <li key={o.id} className="marked-item return-item" data-unexpected="true">
                <h4>
                  {t(`returnCategories.${o.category}`)} <span className="muted">· {t(`returnScopes.${scopeOf(o.category)}`)}</span>
                </h4>
                <ul className="observations">{observation(o)}</ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('detail.noUnexpected')}</p>
        )}
        {detail.canEdit ? (
          <ObservedReturnForm
            workspaceId={ctx.workspaceId}
            actionId={action.id}
            expected={detail.expected.map((e) => ({ id: e.id, category: e.category, description: e.description }))}
          />
        ) : null}
      </section>

      <section className="card" aria-labelledby="milestones-h">
        <h2 id="milestones-h">{tm('title')}</h2>
        <p className="hint">{tm('intro')}</p>
        <MilestoneTimeline milestones={milestones} workspaceId={detail.canEdit ? ctx.workspaceId : undefined} />
        {detail.canEdit ? <MilestoneForm workspaceId={ctx.workspaceId} actionId={action.id} /> : null}
      </section>
    </>
  );
}
