import { getLocale, getTranslations } from 'next-intl/server';
import { ACTION_RATIONALES, ACTION_STATUSES, ACTION_TYPES } from '@/db/enums/external-actions';
import { COMPETENCY_DOMAINS } from '@/db/enums/competencies';
import type { ExternalActionFilter } from '@/lib/external-actions/schemas';
import type { WorkspaceCompetency } from '@/lib/competencies/queries';
import { countryName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { FilterActions, filterSelects } from '@/components/ui/filters';

type FilterOptions = {
  departments: { id: string; name: string }[];
  competencies: WorkspaceCompetency[];
  countries: string[];
  partners: { id: string; name: string }[];
};

/**
 * The register's filters: a plain GET form, usable without script. A partner gets only the
 * filters on what they can see (no departments, competencies or other partners).
 */
export async function ActionFilters({
  action,
  filter,
  options,
  limited,
}: {
  action: string;
  filter: ExternalActionFilter;
  options: FilterOptions;
  limited: boolean;
}) {
  const t = await getTranslations('externalActions');
  const tc = await getTranslations('competencies');
  const locale = toLocale(await getLocale());
  const select = filterSelects(filter, 'f');
  const competencyGroups = COMPETENCY_DOMAINS.map((domain) => ({
    group: tc(`domains.${domain}`),
    items: options.competencies.filter((c) => c.domain === domain && (!c.hidden || c.actionCount > 0)).map((c) => ({ value: c.ref, label: c.title })),
  })).filter((g) => g.items.length > 0);
  return (
    <form method="get" action={action} className="filters" aria-label={t('table.filters')}>
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <div className="field">
        <label htmlFor="f-q">{t('table.search')}</label>
        <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ''} placeholder={t('table.searchHint')} />
      </div>
      {select(
        'type',
        t('fields.type'),
        t('table.any'),
        ACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
      )}
      {select(
        'status',
        t('fields.status'),
        t('table.any'),
        ACTION_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) })),
      )}
      {limited ? null : (
        <>
          {select(
            'rationale',
            t('fields.rationales'),
            t('table.anyFeminine'),
            ACTION_RATIONALES.map((v) => ({ value: v, label: t(`rationales.${v}`) })),
          )}
          {select(
            'country',
            t('fields.countries'),
            t('table.any'),
            options.countries.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
          )}
          {select(
            'department',
            t('fields.department'),
            t('table.anyFeminine'),
            options.departments.map((d) => ({ value: d.id, label: d.name })),
          )}
          {select('competency', t('fields.competency'), t('table.anyFeminine'), [
            { group: t('table.noCompetency'), items: [{ value: 'none', label: t('table.noCompetency') }] },
            ...competencyGroups,
          ])}
          {select(
            'partner',
            t('table.partner'),
            t('table.any'),
            options.partners.map((p) => ({ value: p.id, label: p.name })),
          )}
        </>
      )}
      <FilterActions apply={t('table.apply')} reset={t('table.reset')} resetHref={action} />
    </form>
  );
}
