import { getLocale, getTranslations } from 'next-intl/server';
import { ACTOR_CATEGORIES, ACTOR_FAMILIES } from '@/db/enums/actors';
import type { ActorFilter } from '@/lib/actors/schemas';
import { countryName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { FilterActions, FilterSelect } from '@/components/ui/filters';

/** The filter form shared by the table, graph and grid: a plain GET form, usable without script. */
export async function ActorFilters({
  action,
  filter,
  values,
  keep = {},
}: {
  action: string;
  filter: Partial<ActorFilter>;
  /** The workspace's tags, themes and countries (lib/actors/queries.ts `actorFilterValues`). */
  values: { tags: string[]; themes: string[]; countries: string[] };
  keep?: Record<string, string>;
}) {
  const t = await getTranslations('actors');
  const locale = toLocale(await getLocale());
  const { tags, themes } = values;
  // The chosen country stays offered even when no actor has it any more.
  const countries = [...new Set([...values.countries, ...(filter.country ? [filter.country] : [])])]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  // The lists the table, graph and grid filter by, each with its "any" choice first.
  const selects = [
    { name: 'family', label: t('fields.family'), any: t('allFamilies'), items: ACTOR_FAMILIES.map((f) => ({ value: f, label: t(`families.${f}`) })) },
    {
      name: 'category',
      label: t('fields.category'),
      any: t('allCategories'),
      items: ACTOR_FAMILIES.map((f) => ({ group: t(`families.${f}`), items: ACTOR_CATEGORIES[f].map((c) => ({ value: c, label: t(`categories.${c}`) })) })),
    },
    { name: 'country', label: t('fields.country'), any: t('allCountries'), items: countries.map((c) => ({ value: c.code, label: c.name })) },
    { name: 'tag', label: t('tag'), any: t('any'), items: tags.map((tag) => ({ value: tag, label: tag })) },
    { name: 'theme', label: t('theme'), any: t('any'), items: themes.map((theme) => ({ value: theme, label: theme })) },
  ] as const;
  return (
    <form method="get" action={action} className="filters" aria-label={t('filters')}>
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="field">
        <label htmlFor="f-q">{t('search')}</label>
        <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ''} placeholder={t('searchHint')} />
      </div>
      {selects.map((select) => (
        <FilterSelect key={select.name} id={`f-${select.name}`} {...select} value={filter[select.name] ?? ''} />
      ))}
      <FilterActions apply={t('apply')} reset={t('reset')} resetHref={action} />
    </form>
  );
}
