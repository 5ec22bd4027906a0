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
  return (
    <form method="get" action={action} className="filters" aria-label={t('filters')}>
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="field">
        <label htmlFor="f-q">{t('search')}</label>
        <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ''} placeholder={t('searchHint')} />
      </div>
      <FilterSelect
        id="f-family"
        name="family"
        label={t('fields.family')}
        any={t('allFamilies')}
        value={filter.family ?? ''}
        items={ACTOR_FAMILIES.map((f) => ({ value: f, label: t(`families.${f}`) }))}
      />
      <FilterSelect
        id="f-category"
        name="category"
        label={t('fields.category')}
        any={t('allCategories')}
        value={filter.category ?? ''}
        items={ACTOR_FAMILIES.map((f) => ({ group: t(`families.${f}`), items: ACTOR_CATEGORIES[f].map((c) => ({ value: c, label: t(`categories.${c}`) })) }))}
      />
      <FilterSelect
        id="f-country"
        name="country"
        label={t('fields.country')}
        any={t('allCountries')}
        value={filter.country ?? ''}
        items={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <FilterSelect id="f-tag" name="tag" label={t('tag')} any={t('any')} value={filter.tag ?? ''} items={tags.map((tag) => ({ value: tag, label: tag }))} />
      <FilterSelect
        id="f-theme"
        name="theme"
        label={t('theme')}
        any={t('any')}
        value={filter.theme ?? ''}
        items={themes.map((theme) => ({ value: theme, label: theme }))}
      />
      <FilterActions apply={t('apply')} reset={t('reset')} resetHref={action} />
    </form>
  );
}
