import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { AID_CATEGORIES, AID_CATEGORY_INFO, NOT_ALLOCABLE } from '@/lib/declaration/categories';
import { getFrozenDeclaration, getLiveDeclaration, listDeclarationActions, listDeclarationVersions, listDeclarationYears } from '@/lib/declaration/queries';
import { parseDeclarationYear } from '@/lib/declaration/year';
import { countryName } from '@/lib/geo';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { formatMoney } from '@/components/external-actions/money';
import { CategorySelect } from '@/components/declaration/category-select';
import { FreezeButton, ReopenButton } from '@/components/declaration/freeze-buttons';
import { ClientMessages } from '@/components/i18n/client-messages';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('declaration', 'title');

/**
 * The yearly declaration of development assistance: choose a year, see its categories, countries,
 * what is missing and what is left out, choose categories, confirm and freeze, download.
 */
export default async function DeclarationPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ year?: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'declaration.read', 'declaration');
  const years = listDeclarationYears(db, ctx);
  const year = parseDeclarationYear((await searchParams).year) ?? years[0] ?? new Date().getFullYear() - 1;
  const live = getLiveDeclaration(db, ctx, year);
  const frozen = getFrozenDeclaration(db, ctx, year);
  const versions = listDeclarationVersions(db, ctx, year);
  const shown = frozen ? frozen.snapshot : live;
  const manages = can(ctx.role, 'declaration.manage');
  const actions = manages ? listDeclarationActions(db, ctx, year) : [];
  const money = (cents: number) => formatMoney(format, cents, true);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const country = (code: string) => (code === NOT_ALLOCABLE ? t('notAllocable') : countryName(code, locale));
  const categoryOptions = AID_CATEGORIES.map((c) => ({ value: c, label: AID_CATEGORY_INFO[c].label[locale] }));
  const source = (s: string) => (s === 'mission' ? t('sourceMission') : s === 'co_financing' ? t('sourceCoFinancing') : t('sourceAction'));
  const itemLink = (s: string, id: string, label: string) => <Link href={`/${slug}/${s === 'mission' ? 'missions' : 'actions'}/${id}`}>{label}</Link>;
  const exportQuery = `year=${year}&lang=${locale}`;

  return (
    <ClientMessages namespaces={['declaration', 'validation']}>
      <ActionsHeader ctx={ctx} current="declaration" title={t('title')} intro={t('intro')}>
        <span />
      </ActionsHeader>
      <form method="get" className="inline-form card">
        <label htmlFor="declaration-year">{t('yearLabel')}</label>
        <select id="declaration-year" name="year" defaultValue={String(year)}>
          {[...new Set([year, ...years])]
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
        <button type="submit" className="button">
          {t('show')}
        </button>
      </form>
      {years.length === 0 ? <p className="card muted">{t('noYears')}</p> : null}
      <p className="card" data-testid="declaration-status">
        {frozen ? t('frozenStatus', { version: frozen.version, date: day(frozen.frozenAt) }) : t('draftStatus')}
        {frozen && live.totalCents !== frozen.totalCents ? ` ${t('liveDiffers', { live: money(live.totalCents) })}` : ''}
      </p>
      <div className="key-figures">
        <div className="key-figure">
          <strong data-testid="declaration-total">{money(shown.totalCents)}</strong>
          <span>{t('total')}</span>
        </div>
        <div className="key-figure">
          <strong>{money(shown.excludedCents)}</strong>
          <span>{t('excludedTotal')}</span>
        </div>
        {frozen ? null : (
          <div className="key-figure">
            <strong>{money(live.missingCents)}</strong>
            <span>{t('missingTotal')}</span>
          </div>
        )}
      </div>
      <p className="actions">
        <a className="button" href={`/api/workspaces/${slug}/declaration/export?${exportQuery}`} download>
          {t('download')}
        </a>
        <a className="button ghost" href={`/${slug}/actions/declaration/print?${exportQuery}`}>
          {t('print')}
        </a>
      </p>
      <AmountTable
        id="by-category"
        title={t('byCategory')}
        caption={t('byCategoryCaption')}
        labelHeader={t('category')}
        amountHeader={t('amount')}
        rows={shown.byCategory.map((row) => ({ key: row.category, label: AID_CATEGORY_INFO[row.category].label[locale], amount: money(row.cents) }))}
        total={{ label: t('totalRow'), amount: money(shown.totalCents) }}
      />
      <AmountTable
        id="by-country"
        title={t('byCountry')}
        caption={t('byCountryCaption')}
        labelHeader={t('country')}
        amountHeader={t('amount')}
        rows={shown.byCountry.map((row) => ({ key: row.country, label: country(row.country), amount: money(row.cents) }))}
      />
      {frozen ? null : (
        <section className="card" aria-labelledby="missing-h">
          <h2 id="missing-h">{t('missingTitle')}</h2>
          <p className="hint">{t('missingIntro')}</p>
          {live.missing.length === 0 ? (
            <p>{t('missingNone')}</p>
          ) : (
            <DataTable id="missing" caption={t('missingCaption')} columns={[t('item'), t('reason'), { label: t('amount'), num: true }]}>
              {live.missing.map((m, i) => (
                <tr key={`${m.source}-${m.refId}-${i}`}>
                  <th scope="row">
                    {source(m.source)} · {itemLink(m.source, m.refId, m.label)}
                  </th>
                  <td>{m.reason === 'no_category' ? t('reasonNoCategory') : t('reasonNoCountry')}</td>
                  <td className="num">{money(m.cents)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="excluded-h">
        <h2 id="excluded-h">{t('excludedTitle')}</h2>
        <p className="hint">{t('excludedIntro', { list: shown.odaList })}</p>
        {shown.excluded.length === 0 ? (
          <p>{t('excludedNone')}</p>
        ) : (
          <DataTable id="excluded" caption={t('excludedCaption')} columns={[t('item'), t('country'), { label: t('amount'), num: true }]}>
            {shown.excluded.map((x, i) => (
              <tr key={`${x.source}-${x.refId}-${x.country}-${i}`}>
                <th scope="row">
                  {source(x.source)} · {itemLink(x.source, x.refId, x.label)}
                </th>
                <td>{country(x.country)}</td>
                <td className="num">{money(x.cents)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {manages && !frozen && actions.length > 0 ? (
        <section className="card" aria-labelledby="categories-h">
          <h2 id="categories-h">{t('categoriesTitle')}</h2>
          <p className="hint">{t('categoriesIntro')}</p>
          <DataTable id="categories" caption={t('categoriesCaption', { year: String(year) })} columns={[t('sourceAction'), t('country'), t('category')]}>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{itemLink('action', a.id, a.title)}</th>
                <td>{a.countries.map((c) => countryName(c, locale)).join(', ') || '—'}</td>
                <td>
                  <CategorySelect workspaceId={ctx.workspaceId} actionId={a.id} title={a.title} value={a.category} options={categoryOptions} />
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      {manages ? (
        <section className="card" aria-labelledby="freeze-h">
          <h2 id="freeze-h">{t('freezeTitle')}</h2>
          {frozen ? (
            can(ctx.role, 'declaration.reopen') ? (
              <ReopenButton workspaceId={ctx.workspaceId} year={year} />
            ) : null
          ) : (
            <>
              <p className="hint">{t('freezeIntro')}</p>
              {live.missing.length > 0 ? <p className="warning-text">{t('freezeBlocked')}</p> : null}
              <FreezeButton workspaceId={ctx.workspaceId} year={year} />
            </>
          )}
        </section>
      ) : null}
      {versions.length > 0 ? (
        <section className="card" aria-labelledby="versions-h">
          <h2 id="versions-h">{t('versionsTitle')}</h2>
          <ul>
            {versions.map((v) => (
              <li key={v.id}>
                {t('versionLine', { version: v.version, total: money(v.totalCents), date: day(v.frozenAt) })}
                {v.reopenedAt ? ` · ${t('versionReopened', { date: day(v.reopenedAt) })}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ClientMessages>
  );
}

/** A card holding one labelled table of amounts (by category, by country), with an optional total row. */
function AmountTable(props: {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  amountHeader: string;
  rows: { key: string; label: React.ReactNode; amount: string }[];
  total?: { label: string; amount: string };
}) {
  return (
    <section className="card" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <DataTable
        id={props.id}
        caption={props.caption}
        columns={[props.labelHeader, { label: props.amountHeader, num: true }]}
        foot={
          props.total ? (
            <tr className="subtotal">
              <th scope="row">{props.total.label}</th>
              <td className="num">{props.total.amount}</td>
            </tr>
          ) : null
        }
      >
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.amount}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
