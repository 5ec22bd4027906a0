import { optionalMessage } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import { normalizeName } from './schemas';
import {
  IMPORT_TARGETS,
  RELATION_TARGETS,
  requiredTargetsOf,
  type AnyTarget,
  type ImportKind,
  type RelationTarget,
  type ImportMapping,
  type ImportTarget,
} from './import-schemas';

// Which column holds which field, from headers in French or English.

// Column mapping

/** Other names people give these columns, in French and English (compared without accents or case). */
const SYNONYMS: Record<ImportTarget, string[]> = {
  name: ['nom', 'name', 'nom de l acteur', 'acteur', 'actor', 'organisation', 'organization', 'structure', 'raison sociale'],
  category: ['categorie', 'category', 'type', 'type d acteur', 'actor type'],
  portfolio: ['delegation', 'portefeuille', 'portfolio', 'mandat'],
  country: ['pays', 'country', 'code pays', 'country code'],
  city: ['ville', 'city', 'commune', 'localite', 'town'],
  themes: ['themes', 'thematiques', 'secteurs', 'themes secteurs', 'sectors', 'themes sectors', 'topics'],
  languages: ['langues', 'langues de travail', 'languages', 'working languages'],
  links: ['liens internationaux', 'liens', 'description des liens', 'international links', 'links'],
  influence: ['influence'],
  interest: ['interet', 'interest'],
  tags: ['etiquettes', 'mots cles', 'tags', 'keywords'],
  website: ['site web', 'site internet', 'site', 'website', 'web', 'url'],
  contactName: ['contact', 'nom du contact', 'contact name', 'personne de contact', 'contact person'],
  contactRole: ['fonction du contact', 'fonction', 'role du contact', 'contact role', 'role'],
  contactEmail: ['e mail du contact', 'email du contact', 'courriel', 'contact email', 'email', 'e mail', 'mail'],
  contactPhone: ['telephone du contact', 'telephone', 'tel', 'contact phone', 'phone'],
};

function messageLabel(locale: Locale, ns: 'actorsImport' | 'actors', key: string): string | undefined {
  return optionalMessage(locale, ns === 'actorsImport' ? `actorsImport.columns.${key}` : `actors.fields.${key}`);
}

/** The column header the export writes for a field, in a language. */
export function columnHeader(target: ImportTarget, locale: Locale): string {
  return messageLabel(locale, 'actorsImport', target) ?? target;
}

const ALIASES: Map<string, ImportTarget> = (() => {
  const map = new Map<string, ImportTarget>();
  const add = (alias: string | undefined, target: ImportTarget) => {
    const key = alias ? normalizeName(alias) : '';
    if (key && !map.has(key)) map.set(key, target);
  };
  // Exact export headers first, then the form's labels, then the field names, then synonyms.
  for (const target of IMPORT_TARGETS) for (const locale of ['fr', 'en'] as const) add(columnHeader(target, locale), target);
  for (const target of IMPORT_TARGETS) for (const locale of ['fr', 'en'] as const) add(messageLabel(locale, 'actors', target), target);
  for (const target of IMPORT_TARGETS) add(target.replace(/([A-Z])/g, ' $1'), target);
  for (const target of IMPORT_TARGETS) for (const alias of SYNONYMS[target]) add(alias, target);
  return map;
})();

/** Other names of a relations file's columns, in French and English (compared without accents or case). */
const RELATION_SYNONYMS: Record<RelationTarget, string[]> = {
  from: ['de', 'depuis', 'source', 'acteur source', 'acteur 1', 'acteur', 'from', 'source actor', 'actor 1', 'actor'],
  to: ['vers', 'a', 'cible', 'acteur cible', 'acteur 2', 'partenaire', 'to', 'target', 'target actor', 'actor 2', 'partner'],
  type: ['type', 'type de relation', 'type de lien', 'nature', 'nature du lien', 'relation', 'relation type', 'kind'],
  strength: ['force', 'intensite', 'poids', 'strength', 'intensity', 'weight'],
  startDate: ['debut', 'date de debut', 'depuis le', 'start', 'start date', 'from date'],
  endDate: ['fin', 'date de fin', 'jusqu au', 'end', 'end date', 'until'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'remarques', 'comments', 'comment'],
};

const RELATION_ALIASES: Map<string, RelationTarget> = (() => {
  const map = new Map<string, RelationTarget>();
  for (const target of RELATION_TARGETS) {
    for (const locale of ['fr', 'en'] as const) {
      const label = optionalMessage(locale, `actorsImport.relationColumns.${target}`);
      if (label && !map.has(normalizeName(label))) map.set(normalizeName(label), target);
    }
  }
  for (const target of RELATION_TARGETS)
    for (const alias of RELATION_SYNONYMS[target]) if (!map.has(normalizeName(alias))) map.set(normalizeName(alias), target);
  return map;
})();

/** Guesses which column holds which field from headers in French or English; the rest is ignored. */
export function guessMapping(headers: string[], kind: ImportKind = 'actors'): ImportMapping {
  const mapping: ImportMapping = {};
  const aliases: Map<string, AnyTarget> = kind === 'actors' ? ALIASES : RELATION_ALIASES;
  headers.forEach((header, index) => {
    const target = aliases.get(normalizeName(header));
    if (target && mapping[target] === undefined) mapping[target] = index;
  });
  return mapping;
}

/** The required fields that no column is mapped to. */
export function missingTargets(mapping: ImportMapping, kind: ImportKind = 'actors'): AnyTarget[] {
  return requiredTargetsOf(kind).filter((t) => mapping[t] === undefined || mapping[t] === null);
}
