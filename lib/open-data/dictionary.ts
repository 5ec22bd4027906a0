/**
 * The data dictionary of the open data (CSV and JSON): every column, its type, and what it holds
 * in French and English. `budget` columns are present only when the publication shows the budget.
 */
export type DictionaryEntry = { column: string; type: 'string' | 'date' | 'decimal' | 'list'; budget?: true; fr: string; en: string };

export const DICTIONARY: readonly DictionaryEntry[] = [
  {
    column: 'identifier',
    type: 'string',
    fr: "Identifiant de l'action : identifiant IATI (FR-SIRET-<SIREN>-<id>) quand le SIREN de la collectivité est connu, sinon identifiant interne stable.",
    en: "The action's identifier: its IATI identifier (FR-SIRET-<SIREN>-<id>) when the authority's SIREN is known, otherwise a stable internal id.",
  },
  { column: 'title', type: 'string', fr: "Intitulé de l'action.", en: "The action's title." },
  { column: 'description', type: 'string', fr: "Description de l'action (peut être vide).", en: "The action's description (may be empty)." },
  { column: 'axis', type: 'string', fr: "Axe de la stratégie adoptée où figure l'action.", en: 'The axis of the adopted strategy the action belongs to.' },
  {
    column: 'type',
    type: 'string',
    fr: "Type d'action (code : decentralised_cooperation, twinning, one_off_project, …).",
    en: 'The kind of action (code: decentralised_cooperation, twinning, one_off_project, …).',
  },
  {
    column: 'status',
    type: 'string',
    fr: 'État : idea (idée), planned (prévue), running (en cours), finished (terminée), stopped (arrêtée).',
    en: 'Status: idea, planned, running, finished, stopped.',
  },
  { column: 'start_date', type: 'date', fr: 'Date de début (AAAA-MM-JJ), vide si inconnue.', en: 'Start date (YYYY-MM-DD), empty when unknown.' },
  { column: 'end_date', type: 'date', fr: 'Date de fin (AAAA-MM-JJ), vide si inconnue.', en: 'End date (YYYY-MM-DD), empty when unknown.' },
  {
    column: 'countries',
    type: 'list',
    fr: 'Pays concernés, codes ISO 3166-1 alpha-2 séparés par « ; ».',
    en: 'Countries concerned, ISO 3166-1 alpha-2 codes separated by ";".',
  },
  {
    column: 'dac_sector',
    type: 'string',
    fr: "Secteur CAD de l'OCDE à 5 chiffres (liste IATI « Sector », vocabulaire 1).",
    en: 'OECD DAC 5-digit purpose code (IATI "Sector" code list, vocabulary 1).',
  },
  {
    column: 'dac_sector_name',
    type: 'string',
    fr: 'Libellé du secteur CAD, dans la première langue de la collectivité.',
    en: "The DAC sector's name, in the authority's first language.",
  },
  {
    column: 'sdgs',
    type: 'list',
    fr: 'Objectifs de développement durable visés (numéros 1 à 17 séparés par « ; »).',
    en: 'Sustainable Development Goals served (numbers 1 to 17 separated by ";").',
  },
  {
    column: 'budget_total_eur',
    type: 'decimal',
    budget: true,
    fr: "Budget total de l'action en euros (somme de ses lignes budgétaires, point décimal).",
    en: "The action's total budget in euros (sum of its budget lines, decimal point).",
  },
  {
    column: 'budget_by_year',
    type: 'list',
    budget: true,
    fr: 'Budget par année : « année:montant » séparés par « ; » (euros, point décimal).',
    en: 'Budget per year: "year:amount" separated by ";" (euros, decimal point).',
  },
];

/** The dictionary's columns for a publication (with or without the budget). */
export const dictionaryFor = (withBudget: boolean) => DICTIONARY.filter((d) => withBudget || !d.budget);
