import Link from 'next/link';
import { db } from '@/db/client';
import { COMPETENCY_DOMAINS } from '@/db/schema/competencies';
import { can } from '@/lib/auth/policy';
import { listCompetencies, workspaceLevel, type WorkspaceCompetency } from '@/lib/competencies/queries';
import { CATALOGUE_VERSION, catalogueLevelsFor } from '@/lib/competencies/catalogue';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { CompetencyVisibilityButton, DeleteCompetencyButton } from '@/components/competencies/competency-buttons';
import { CustomCompetencyForm } from '@/components/competencies/custom-competency-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('competencies', 'title');

/**
 * The competencies of the workspace: the reference catalogue of its level with the legal basis of
 * external action, grouped by domain, each with the number of actions serving it; entries hidden by
 * the workspace, and its own competencies.
 */
export default async function CompetenciesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'competencies.read', 'competencies');
  const level = workspaceLevel(db, ctx);
  const levels = catalogueLevelsFor(level);
  const all = listCompetencies(db, ctx, locale);
  const manage = can(ctx.role, 'competencies.manage');
  const base = `/${slug}/actions`;
  const catalogue = all.filter((c) => c.source === 'catalogue' && !c.hidden);
  const hidden = all.filter((c) => c.source === 'catalogue' && c.hidden);
  const own = all.filter((c) => c.source === 'custom');
  const item = (c: WorkspaceCompetency) => (
    <li key={c.ref} className="competency-item">
      <div>
        <h3>{c.title}</h3>
        <p className="meta">
          <span className="pill" data-nature={c.nature}>
            {t(`natures.${c.nature}`)}
          </span>
          {c.source === 'custom' ? <span>{t(`domains.${c.domain}`)}</span> : null}
          {c.reference ? <span>{c.reference}</span> : null}
        </p>
        {c.note ? <p>{c.note}</p> : null}
      </div>
      <div className="side">
        {c.actionCount ? (
          <Link href={`${base}?competency=${encodeURIComponent(c.ref)}`}>{t('actionCount', { count: c.actionCount })}</Link>
        ) : (
          <span className="warning-text">{t('actionCount', { count: 0 })}</span>
        )}
        {manage && c.source === 'catalogue' ? (
          <CompetencyVisibilityButton workspaceId={ctx.workspaceId} catalogueKey={c.ref} hidden={c.hidden} title={c.title} />
        ) : null}
        {manage && c.source === 'custom' ? (
          <DeleteCompetencyButton workspaceId={ctx.workspaceId} id={c.ref.slice('custom:'.length)} title={c.title} links={c.actionCount} />
        ) : null}
      </div>
      {manage && c.source === 'custom' ? (
        <details className="wide">
          <summary>{t('editItem', { title: c.title })}</summary>
          <CustomCompetencyForm
            workspaceId={ctx.workspaceId}
            competency={{
              id: c.ref.slice('custom:'.length),
              title: c.title,
              domain: c.domain,
              nature: c.nature,
              reference: c.reference ?? '',
              note: c.note ?? '',
            }}
          />
        </details>
      ) : null}
    </li>
  );
  return (
    <>
      <ActionsHeader ctx={ctx} current="competencies" title={t('title')} intro={t('intro')} />
      <p className="hint">
        {levels.length ? t('catalogueVersion', { level: levels.map((l) => t(`levels.${l}`)).join(' + '), version: CATALOGUE_VERSION }) : t('noCatalogue')}
      </p>
      {COMPETENCY_DOMAINS.map((domain) => {
        const entries = catalogue.filter((c) => c.domain === domain);
        if (!entries.length) return null;
        return (
          <section key={domain} className="card" aria-labelledby={`domain-${domain}`}>
            <h2 id={`domain-${domain}`}>{t(`domains.${domain}`)}</h2>
            <ul className="competency-list">{entries.map(item)}</ul>
          </section>
        );
      })}
      <section className="card" aria-labelledby="own-h">
        <h2 id="own-h">{t('own')}</h2>
        {own.length ? <ul className="competency-list">{own.map(item)}</ul> : <p className="muted">{t('ownEmpty')}</p>}
        {manage ? (
          <div className="subform">
            <h3>{t('add')}</h3>
            <CustomCompetencyForm workspaceId={ctx.workspaceId} />
          </div>
        ) : null}
      </section>
      {hidden.length ? (
        <section className="card" aria-labelledby="hidden-h">
          <h2 id="hidden-h">{t('hiddenTitle')}</h2>
          <p className="hint">{t('hiddenHint')}</p>
          <ul className="competency-list">{hidden.map(item)}</ul>
        </section>
      ) : null}
    </>
  );
}
