/**
 * The value-mapping step of an import (issue 17): each distinct value of a closed-list column
 * (category, country, relation type) gets a suggested target — the person's earlier choice, an
 * exact code or label, the same ignoring accents and case, then a synonym decided by the row's
 * country — and the person's choice wins. Then every row is either ready to import or set aside
 * with a reason that quotes the refused value and the accepted ones. Plain functions, no database.
 */
import { createTranslator } from 'next-intl';
import countries from 'i18n-iso-countries';
import { ALL_ACTOR_CATEGORIES, RELATION_TYPES, type RelationType } from '@/db/schema/actors';
import { isCountryCode } from '@/lib/geo';
import { CATALOGUES, optionalMessage } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import { parseInput } from '@/lib/validation';
import { ActorInput, normalizeName, RelationInput } from './schemas';
import { CATEGORY_SYNONYMS, RELATION_TYPE_SYNONYMS, type ScopedTarget } from './import-synonyms';
import { resolveCountry, resolveLanguage, unescapeCell } from './import';
import {
  CHOICE_ASIDE,
  CHOICE_EMPTY,
  IMPORT_TARGETS,
  VALUE_FIELDS,
  type AnyTarget,
  type AsideRow,
  type ImportChoices,
  type ImportKind,
  type ImportMapping,
  type ImportTable,
  type ImportTarget,
  type SuggestionSource,
  type ValueField,
  type ValueGroup,
} from './import-schemas';

type Scope = ValueGroup['scope'];

/** A translator of the import's messages in a language, usable outside React. */
export function importTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}
type T = ReturnType<typeof importTranslator>;

/** Remembered choices of the workspace, keyed like the wizard's (`field|scope|value`). */
export type RememberedChoices = Map<string, string>;

/** The key of one distinct value: its field, the rows' country side when it decides, the normalised value. */
export function valueKey(field: ValueField, scope: Scope, value: string): string {
  return `${field}|${scope}|${normalizeName(value)}`;
}

/** The side of a country: France, abroad, or unknown. */
export function scopeOf(country: string | null | undefined): Scope {
  return !country ? '' : country === 'FR' ? 'fr' : 'abroad';
}

function synonymMap<C extends string>(entries: [ScopedTarget<C>, string[]][]): Map<string, ScopedTarget<C>> {
  const map = new Map<string, ScopedTarget<C>>();
  for (const [target, words] of entries) for (const w of words) if (!map.has(normalizeName(w))) map.set(normalizeName(w), target);
  return map;
}
const CATEGORY_WORDS = synonymMap(CATEGORY_SYNONYMS);
const RELATION_WORDS = synonymMap(RELATION_TYPE_SYNONYMS);

/** Whether a list's codes contain a value. */
export function isListCode(field: ValueField, code: string): boolean {
  if (field === 'category') return (ALL_ACTOR_CATEGORIES as string[]).includes(code);
  if (field === 'type') return (RELATION_TYPES as readonly string[]).includes(code);
  return isCountryCode(code);
}

function labelsOf(field: 'category' | 'type', code: string): string[] {
  const ns = field === 'category' ? 'categories' : 'relationTypes';
  return (['fr', 'en'] as const).map((l) => optionalMessage(l, `actors.${ns}.${code}`)).filter((x): x is string => !!x);
}

function byCodeOrLabel<C extends string>(field: 'category' | 'type', codes: readonly C[], value: string): { code: C; source: SuggestionSource } | null {
  const trimmed = value.trim();
  for (const code of codes) if (trimmed === code || labelsOf(field, code).includes(trimmed)) return { code, source: 'exact' };
  const norm = normalizeName(trimmed.replace(/_/g, ' '));
  for (const code of codes) {
    if (norm === normalizeName(code.replace(/_/g, ' ')) || labelsOf(field, code).some((l) => normalizeName(l) === norm)) return { code, source: 'normalized' };
  }
  return null;
}

/** Whether the target of a value depends on the row's country (a synonym with different targets in France and abroad). */
export function isScoped(field: ValueField, value: string): boolean {
  if (field !== 'category' || byCodeOrLabel('category', ALL_ACTOR_CATEGORIES, value)) return false;
  const target = CATEGORY_WORDS.get(normalizeName(value));
  return typeof target === 'object' && target !== null && target.fr !== target.abroad;
}

/**
 * The automatic suggestion for a value, without the person's earlier choices: the exact code or
 * label, then the same ignoring accents and case, then a synonym (decided by the country side).
 */
export function suggestValue(field: ValueField, value: string, scope: Scope): { choice: string; source: SuggestionSource } | null {
  if (field === 'country') {
    const code = resolveCountry(value);
    if (!isCountryCode(code)) return null;
    const v = value.trim();
    const exact = v.toUpperCase() === code || countries.getName(code, 'fr') === v || countries.getName(code, 'en') === v;
    return { choice: code, source: exact ? 'exact' : 'normalized' };
  }
  if (field === 'type') {
    const hit = byCodeOrLabel('type', RELATION_TYPES, value);
    if (hit) return { choice: hit.code, source: hit.source };
    const word = RELATION_WORDS.get(normalizeName(value));
    return typeof word === 'string' ? { choice: word, source: 'synonym' } : null;
  }
  const hit = byCodeOrLabel('category', ALL_ACTOR_CATEGORIES, value);
  if (hit) return { choice: hit.code, source: hit.source };
  const word = CATEGORY_WORDS.get(normalizeName(value));
  if (!word) return null;
  if (typeof word === 'string') return { choice: word, source: 'synonym' };
  const target = scope === 'fr' ? word.fr : scope === 'abroad' ? word.abroad : word.fr === word.abroad ? word.fr : null;
  return target ? { choice: target, source: 'synonym' } : null;
}

/** The choice that applies to a value: the person's now, else their earlier one, else the suggestion; null if none. */
export function effectiveChoice(key: string, auto: string | null, choices: ImportChoices, remembered: RememberedChoices): string | null {
  return choices[key] ?? remembered.get(key) ?? auto;
}

function cell(cells: string[], mapping: ImportMapping, target: AnyTarget): string {
  const index = mapping[target];
  if (index === undefined || index === null) return '';
  return unescapeCell(cells[index] ?? '').trim();
}

/** The context every row needs: the file's choices, the workspace's remembered ones, the language. */
export type ValueContext = { choices: ImportChoices; remembered: RememberedChoices; locale: Locale };

type Resolved = { ok: true; code: string | null } | { ok: false; reason: string };

function fieldLabel(t: T, kind: ImportKind, field: AnyTarget): string {
  return kind === 'actors' ? t(`actorsImport.columns.${field as ImportTarget}`) : t(`actorsImport.relationColumns.${field as 'from'}`);
}

/** Every code of a list as the person reads it, for "accepted values" in a reason. */
export function acceptedValues(field: ValueField, t: T): string {
  if (field === 'country') return t('actorsImport.reasons.countriesAccepted');
  if (field === 'type') return RELATION_TYPES.map((c) => t(`actors.relationTypes.${c}`)).join(' ; ');
  return ALL_ACTOR_CATEGORIES.map((c) => t(`actors.categories.${c}`)).join(' ; ');
}

/** A value through the mapping: a code, nothing (left empty), or a reason to set the row aside. */
function resolveValue(kind: ImportKind, field: ValueField, value: string, scope: Scope, ctx: ValueContext, t: T): Resolved {
  const effectiveScope = isScoped(field, value) ? scope : '';
  const key = valueKey(field, effectiveScope, value);
  const choice = effectiveChoice(key, suggestValue(field, value, effectiveScope)?.choice ?? null, ctx.choices, ctx.remembered);
  const label = fieldLabel(t, kind, field);
  if (choice === CHOICE_EMPTY && field === 'country') return { ok: true, code: null };
  if (choice === CHOICE_ASIDE) return { ok: false, reason: t('actorsImport.reasons.valueSetAside', { field: label, value }) };
  if (choice && isListCode(field, choice)) return { ok: true, code: choice };
  return { ok: false, reason: t('actorsImport.reasons.valueUnknown', { field: label, value, accepted: acceptedValues(field, t) }) };
}

/**
 * The distinct values of each closed-list column, with their rows' count and suggestion (the
 * person's earlier choice first). Category values whose target depends on the country are split
 * by the rows' country side, itself read through the country choices.
 */
export function collectValueGroups(kind: ImportKind, table: ImportTable, mapping: ImportMapping, ctx: ValueContext): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  const add = (field: ValueField, value: string, scope: Scope) => {
    const key = valueKey(field, scope, value);
    const found = groups.get(key);
    if (found) return void found.count++;
    const remembered = ctx.remembered.get(key);
    const suggestion = remembered ? { choice: remembered, source: 'remembered' as const } : suggestValue(field, value, scope);
    groups.set(key, { field, key, value, scope, count: 1, suggestion });
  };
  for (const row of table.rows) {
    if (kind === 'relations') {
      const type = cell(row.cells, mapping, 'type');
      if (type) add('type', type, '');
      continue;
    }
    const country = cell(row.cells, mapping, 'country');
    let code: string | null = null;
    if (country) {
      add('country', country, '');
      const key = valueKey('country', '', country);
      const choice = effectiveChoice(key, suggestValue('country', country, '')?.choice ?? null, ctx.choices, ctx.remembered);
      code = choice && isCountryCode(choice) ? choice : null;
    }
    const category = cell(row.cells, mapping, 'category');
    if (category) add('category', category, isScoped('category', category) ? scopeOf(code) : '');
  }
  const order = VALUE_FIELDS[kind] as readonly ValueField[];
  return [...groups.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || b.count - a.count || a.value.localeCompare(b.value));
}

/** A row ready to become an actor, and the fields whose cell was filled in (what a merge may overwrite). */
export type ReadyActorRow = { line: number; input: ActorInput; provided: ImportTarget[] };

const LIST_SEPARATOR = /[,;|]/;

function reasonsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  raw: Record<string, string>,
  label: (field: string) => string,
  t: T,
): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    const problem = t.has(`validation.${issue.message}` as never) ? t(`validation.${issue.message}` as never) : issue.message;
    const value = raw[field] ?? '';
    parts.push(
      value ? t('actorsImport.reasons.invalid', { field: label(field), value, problem }) : t('actorsImport.reasons.missing', { field: label(field), problem }),
    );
  }
  return parts.join(' ');
}

/**
 * Sorts an actors file: each row is ready (checked with the form's own ActorInput, its closed-list
 * values mapped) or set aside with every reason, each quoting the refused value.
 */
export function sortActorRows(table: ImportTable, mapping: ImportMapping, ctx: ValueContext): { ready: ReadyActorRow[]; aside: AsideRow[] } {
  const t = importTranslator(ctx.locale);
  const ready: ReadyActorRow[] = [];
  const aside: AsideRow[] = [];
  for (const row of table.rows) {
    const raw: Record<string, unknown> = {};
    const shown: Record<string, string> = {};
    const provided: ImportTarget[] = [];
    const refused: string[] = [];
    const countryCell = cell(row.cells, mapping, 'country');
    let country: string | null = null;
    if (countryCell) {
      const r = resolveValue('actors', 'country', countryCell, '', ctx, t);
      if (r.ok) country = r.code;
      else refused.push(r.reason);
    }
    for (const target of IMPORT_TARGETS) {
      const value = cell(row.cells, mapping, target);
      if (!value) continue;
      shown[target] = value;
      if (target === 'country') {
        if (country) {
          raw.country = country;
          provided.push(target);
        }
        continue;
      }
      provided.push(target);
      if (target === 'category') {
        const r = resolveValue('actors', 'category', value, scopeOf(country), ctx, t);
        if (r.ok) raw.category = r.code;
        else refused.push(r.reason);
      } else if (target === 'languages') raw.languages = value.split(LIST_SEPARATOR).map(resolveLanguage).filter(Boolean);
      else if (target === 'website' && /^www\./i.test(value)) raw.website = `https://${value}`;
      else raw[target] = value;
    }
    const parsed = parseInput(ActorInput, raw, ctx.locale);
    // A value refused by the mapping is reported once, by the mapping's reason.
    const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !(refused.length && ['category', 'country'].includes(String(i.path[0]))));
    if (parsed.success && !refused.length) ready.push({ line: row.line, input: parsed.data, provided });
    else {
      const more = reasonsFromIssues(
        issues,
        shown,
        (f) => fieldLabel(t, 'actors', (IMPORT_TARGETS as readonly string[]).includes(f) ? (f as ImportTarget) : 'name'),
        t,
      );
      aside.push({ line: row.line, reason: [...refused, more].filter(Boolean).join(' ') });
    }
  }
  return { ready, aside };
}

/** Actors of the workspace by normalised name (several when names collide). */
export type ActorsByName = Map<string, { id: string; name: string }[]>;

/** A row ready to become a relation. */
export type ReadyRelationRow = { line: number; input: RelationInput };

/** A date as people write it (2024-03-01, 01/03/2024, 2024) as an ISO day; the text itself otherwise (then refused). */
export function normalizeDate(value: string): string {
  const v = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  if (/^\d{4}$/.test(v)) return `${v}-01-01`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  return v;
}

/** Funding and supervision go one way (the first actor funds or supervises the second). */
const DIRECTED_TYPES: readonly RelationType[] = ['funding', 'supervision'];

/**
 * Sorts a relations file: both actors found by name in the workspace, the type mapped, the rest
 * checked with the form's own RelationInput; a relation already known or repeated is set aside.
 */
export function sortRelationRows(
  table: ImportTable,
  mapping: ImportMapping,
  ctx: ValueContext,
  byName: ActorsByName,
  existing: Set<string>,
): { ready: ReadyRelationRow[]; aside: AsideRow[] } {
  const t = importTranslator(ctx.locale);
  const ready: ReadyRelationRow[] = [];
  const aside: AsideRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const refused: string[] = [];
    const shown: Record<string, string> = {};
    const ids: Record<'from' | 'to', string | null> = { from: null, to: null };
    for (const end of ['from', 'to'] as const) {
      const value = cell(row.cells, mapping, end);
      shown[end === 'from' ? 'sourceId' : 'targetId'] = value;
      if (!value) {
        refused.push(t('actorsImport.reasons.missing', { field: fieldLabel(t, 'relations', end), problem: t('validation.nameRequired') }));
        continue;
      }
      const found = byName.get(normalizeName(value)) ?? [];
      if (found.length === 1) ids[end] = found[0]!.id;
      else if (found.length === 0) refused.push(t('actorsImport.reasons.actorNotFound', { field: fieldLabel(t, 'relations', end), value }));
      else refused.push(t('actorsImport.reasons.actorAmbiguous', { field: fieldLabel(t, 'relations', end), value, count: found.length }));
    }
    const typeCell = cell(row.cells, mapping, 'type');
    let type: string | null = null;
    if (typeCell) {
      const r = resolveValue('relations', 'type', typeCell, '', ctx, t);
      if (r.ok) type = r.code;
      else refused.push(r.reason);
    } else refused.push(t('actorsImport.reasons.missing', { field: fieldLabel(t, 'relations', 'type'), problem: t('validation.nameRequired') }));
    const raw = {
      sourceId: ids.from ?? 'x',
      targetId: ids.to ?? 'y',
      type: type ?? 'other',
      directed: DIRECTED_TYPES.includes(type as RelationType),
      strength: cell(row.cells, mapping, 'strength') || undefined,
      startDate: normalizeDate(cell(row.cells, mapping, 'startDate')) || null,
      endDate: normalizeDate(cell(row.cells, mapping, 'endDate')) || null,
      notes: cell(row.cells, mapping, 'notes') || null,
    };
    for (const f of ['strength', 'startDate', 'endDate', 'notes'] as const) shown[f] = cell(row.cells, mapping, f);
    const parsed = parseInput(RelationInput, raw, ctx.locale);
    const labelOf = (f: string) => fieldLabel(t, 'relations', f === 'sourceId' ? 'from' : f === 'targetId' ? 'to' : (f as AnyTarget));
    if (refused.length || !parsed.success) {
      const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !(refused.length && ['sourceId', 'targetId', 'type'].includes(String(i.path[0]))));
      aside.push({ line: row.line, reason: [...refused, reasonsFromIssues(issues, shown, labelOf, t)].filter(Boolean).join(' ') });
      continue;
    }
    const key = relationKey(parsed.data.sourceId, parsed.data.targetId, parsed.data.type);
    const earlier = seen.get(key);
    if (existing.has(key)) aside.push({ line: row.line, reason: t('actorsImport.reasons.relationExists') });
    else if (earlier !== undefined) aside.push({ line: row.line, reason: t('actorsImport.reasons.relationRepeated', { line: earlier }) });
    else {
      seen.set(key, row.line);
      ready.push({ line: row.line, input: parsed.data });
    }
  }
  return { ready, aside };
}

/** One relation per pair and type (the table's unique index). */
export function relationKey(sourceId: string, targetId: string, type: string): string {
  return `${sourceId}|${targetId}|${type}`;
}

/**
 * The choices worth remembering after a commit: those the person made that differ from what would
 * be suggested without memory, or that replace an earlier memory.
 */
export function choicesToRemember(groups: ValueGroup[], choices: ImportChoices, remembered: RememberedChoices): { group: ValueGroup; choice: string }[] {
  const out: { group: ValueGroup; choice: string }[] = [];
  for (const group of groups) {
    const choice = choices[group.key];
    if (!choice) continue;
    if (choice !== CHOICE_ASIDE && choice !== CHOICE_EMPTY && !isListCode(group.field, choice)) continue;
    const auto = suggestValue(group.field, group.value, group.scope)?.choice ?? null;
    const before = remembered.get(group.key);
    if ((before === undefined && choice !== auto) || (before !== undefined && before !== choice)) out.push({ group, choice });
  }
  return out;
}
