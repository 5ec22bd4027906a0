import countries from 'i18n-iso-countries';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import { ALL_ACTOR_CATEGORIES, type ActorCategory } from '@/db/schema/actors';
import { COMMON_LANGUAGES, isCountryCode } from '@/lib/geo';
import { normalizeName } from './schemas';
import { optionalMessage } from '@/lib/message-catalogue';

countries.registerLocale(frCountries);
countries.registerLocale(enCountries);

// Values: categories, countries and languages as codes or labels in French or English

const CATEGORY_LOOKUP: Map<string, ActorCategory> = (() => {
  const map = new Map<string, ActorCategory>();
  for (const code of ALL_ACTOR_CATEGORIES) {
    map.set(normalizeName(code), code);
    for (const locale of ['fr', 'en'] as const) {
      const label = optionalMessage(locale, `actors.categories.${code}`);
      if (label) map.set(normalizeName(label), code);
    }
  }
  return map;
})();

/** A category code from a code or a French or English label; the value itself when unknown. */
export function resolveCategory(value: string): string {
  return CATEGORY_LOOKUP.get(normalizeName(value)) ?? CATEGORY_LOOKUP.get(normalizeName(value.replace(/_/g, ' '))) ?? value;
}

/** Everyday names that the ISO lists do not carry. */
const COUNTRY_ALIASES: Record<string, string> = {
  'etats unis': 'US',
  angleterre: 'GB',
  'grande bretagne': 'GB',
  ecosse: 'GB',
  'pays de galles': 'GB',
  'viet nam': 'VN',
  'rd congo': 'CD',
  rdc: 'CD',
  drc: 'CD',
  tchequie: 'CZ',
  tanzanie: 'TZ',
  'cabo verde': 'CV',
  hollande: 'NL',
  holland: 'NL',
  burkina: 'BF',
};

const COUNTRY_LOOKUP: Map<string, string> = (() => {
  const map = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  for (const locale of ['fr', 'en'] as const) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of [names].flat()) if (!map.has(normalizeName(name))) map.set(normalizeName(name), code);
    }
  }
  return map;
})();

/** An ISO 3166 alpha-2 code from a code (alpha-2 or alpha-3) or a country name in French or English. */
export function resolveCountry(value: string): string {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return countries.getAlpha2Code(value.trim(), 'fr') ?? countries.getAlpha2Code(value.trim(), 'en') ?? COUNTRY_LOOKUP.get(normalizeName(value)) ?? value;
}

const LANGUAGE_LOOKUP: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const locale of ['fr', 'en'] as const) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of COMMON_LANGUAGES) {
      const name = names.of(code);
      if (name) map.set(normalizeName(name), code);
    }
  }
  return map;
})();

/** A language code from a code or a common language's name in French or English. */
export function resolveLanguage(value: string): string {
  const trimmed = value.trim();
  if (/^[a-zA-Z]{2,3}$/.test(trimmed)) return trimmed.toLowerCase();
  return LANGUAGE_LOOKUP.get(normalizeName(trimmed)) ?? trimmed;
}
