import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ACTOR_CATEGORIES, ACTOR_FAMILIES } from '@/db/enums/actors';
import type { ActorFilter } from '@/lib/actors/schemas';
import { countryName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { Options } from '@/components/ui/options';

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
      <div className="field">
        <label htmlFor="f-family">{t('fields.family')}</label>
        <select id="f-family" name="family" defaultValue={filter.family ?? ''}>
          <option value="">{t('allFamilies')}</option>
          {ACTOR_FAMILIES.map((f) => (
            <option key={f} value={f}>
              {t(`families.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-category">{t('fields.category')}</label>
        <select id="f-category" name="category" defaultValue={filter.category ?? ''}>
          <option value="">{t('allCategories')}</option>
          {ACTOR_FAMILIES.map((f) => (
            <optgroup key={f} label={t(`families.${f}`)}>
              {ACTOR_CATEGORIES[f].map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-country">{t('fields.country')}</label>
        <select id="f-country" name="country" defaultValue={filter.country ?? ''}>
          <Options empty={t('allCountries')} items={countries.map((c) => ({ value: c.code, label: c.name }))} />
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-tag">{t('tag')}</label>
        <select id="f-tag" name="tag" defaultValue={filter.tag ?? ''}>
          <option value="">{t('any')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-theme">{t('theme')}</label>
        <select id="f-theme" name="theme" defaultValue={filter.theme ?? ''}>
          <option value="">{t('any')}</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {theme}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('apply')}
        </button>
        <Link href={action} className="button ghost">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
