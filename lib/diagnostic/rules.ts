/**
 * Finding rules, kept as data beside the questionnaire. Each rule names a dimension, a severity,
 * a condition over the answers, the finding it states and the recommendation it makes, in both
 * languages. A condition on a question that is not answered yet is false, so a diagnostic in
 * progress only gets findings for what has been said.
 */

import type { Locale } from '@/lib/i18n/config';
import type { AnswerMap, AnswerValue } from './scoring';

type Text = Record<Locale, string>;

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A test on one answer, or a combination of tests. */
export type Condition =
  | { q: string; atMost: number }
  | { q: string; atLeast: number }
  | { q: string; oneOf: readonly string[] }
  /** The answer is "not known" (a figure nobody can give). */
  | { q: string; unknown: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export type Rule = {
  key: string;
  dimension: string;
  severity: Severity;
  when: Condition;
  finding: Text;
  recommendation: Text;
};

export const RULES_VERSION = '2026.1';

export const RULES: readonly Rule[] = [
  {
    key: 'no_common_thread',
    dimension: 'vision',
    severity: 'high',
    when: { q: 'vision.common_thread', atMost: 1 },
    finding: {
      fr: "Les actions extérieures se juxtaposent sans fil rouge qui les relie.",
      en: 'External actions sit side by side with no common thread linking them.',
    },
    recommendation: {
      fr: "Réunir élu·es et services pour formuler en une phrase ce qui relie les actions, puis vérifier chaque action au regard de cette phrase.",
      en: 'Bring officials and departments together to state in one sentence what links the actions, then check every action against it.',
    },
  },
  {
    key: 'no_written_strategy',
    dimension: 'vision',
    severity: 'medium',
    when: { q: 'vision.written_strategy', atMost: 1 },
    finding: {
      fr: "Aucune stratégie internationale écrite n'a été adoptée.",
      en: 'No written international strategy has been adopted.',
    },
    recommendation: {
      fr: "Rédiger une stratégie courte à partir de ce diagnostic et la soumettre au vote de l'assemblée.",
      en: 'Draft a short strategy from this diagnostic and put it to the assembly’s vote.',
    },
  },
  {
    key: 'no_competency_link',
    dimension: 'vision',
    severity: 'medium',
    when: { q: 'vision.competencies', atMost: 1 },
    finding: {
      fr: "Les actions ne sont pas reliées aux compétences de la collectivité.",
      en: 'Actions are not tied to the authority’s competencies.',
    },
    recommendation: {
      fr: "Rattacher chaque action à une compétence dans le registre des actions et associer la direction qui l'exerce.",
      en: 'Link each action to a competency in the actions register and involve the department that exercises it.',
    },
  },
  {
    key: 'territory_unknown',
    dimension: 'anchoring',
    severity: 'high',
    when: { q: 'anchoring.territorial_census', atMost: 1 },
    finding: {
      fr: "Les liens du territoire avec le monde sont mal connus : aucun recensement à jour des acteurs.",
      en: 'How the territory is linked to the world is poorly known: no up-to-date census of actors.',
    },
    recommendation: {
      fr: "Lancer le recensement des acteurs du territoire (questionnaire public de la cartographie) et le tenir à jour chaque année.",
      en: 'Start the census of territorial actors (the actors map’s public questionnaire) and update it every year.',
    },
  },
  {
    key: 'returns_unwritten',
    dimension: 'anchoring',
    severity: 'high',
    when: { q: 'anchoring.expected_returns', atMost: 1 },
    finding: {
      fr: "Les retombées attendues ne sont pas écrites : impossible de les comparer à ce qui est obtenu.",
      en: 'Expected returns are not written down, so they cannot be compared with what is achieved.',
    },
    recommendation: {
      fr: "Pour chaque action, noter avant son lancement deux ou trois retombées attendues pour le territoire et pour l'administration.",
      en: 'For each action, write down two or three expected returns for the territory and the administration before it starts.',
    },
  },
  {
    key: 'returns_never_observed',
    dimension: 'anchoring',
    severity: 'medium',
    when: { all: [{ q: 'anchoring.expected_returns', atLeast: 2 }, { q: 'anchoring.observed_returns', atMost: 1 }] },
    finding: {
      fr: "Des retombées sont attendues, mais personne ne relève ce qui est réellement obtenu.",
      en: 'Returns are expected, but nobody records what is actually achieved.',
    },
    recommendation: {
      fr: "Prévoir pour chaque action un relevé des retombées observées, avec preuves, au moins une fois par an.",
      en: 'Plan a record of observed returns, with evidence, for every action at least once a year.',
    },
  },
  {
    key: 'support_rests_on_executive',
    dimension: 'political',
    severity: 'high',
    when: { all: [{ q: 'political.chief_executive', atLeast: 3 }, { q: 'political.cross_cutting', atMost: 1 }] },
    finding: {
      fr: "Le portage politique repose sur l'exécutif seul : l'action internationale est fragile.",
      en: 'Political support rests on the chief executive alone: international work is fragile.',
    },
    recommendation: {
      fr: "Associer les élu·es thématiques à une action chacun·e et présenter chaque année l'action internationale en séance.",
      en: 'Give thematic elected officials one action each and present international work in session every year.',
    },
  },
  {
    key: 'majority_change_risk',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.majority_change', atMost: 1 },
    finding: {
      fr: "Un changement de majorité risquerait d'interrompre l'action internationale.",
      en: 'A change of majority could halt international work.',
    },
    recommendation: {
      fr: "Formaliser les engagements dans des conventions pluriannuelles et rechercher un vote large, au-delà de la majorité.",
      en: 'Formalise commitments in multi-year agreements and seek a broad vote, beyond the majority.',
    },
  },
  {
    key: 'funder_driven',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.funder_independence', atMost: 1 },
    finding: {
      fr: "Les priorités des financeurs dictent les choix de pays, de thèmes et de partenaires.",
      en: 'Funders’ priorities dictate the choice of countries, themes and partners.',
    },
    recommendation: {
      fr: "Fixer d'abord les priorités propres de la collectivité, puis chercher les financements qui les servent.",
      en: 'Set the authority’s own priorities first, then look for funding that serves them.',
    },
  },
  {
    key: 'few_elected_involved',
    dimension: 'political',
    severity: 'low',
    when: { q: 'political.elected_count', atMost: 1 },
    finding: {
      fr: "Au plus un·e élu·e a pris part à l'action internationale cette année.",
      en: 'At most one elected official took part in international work this year.',
    },
    recommendation: {
      fr: "Inviter les élu·es thématiques aux accueils, missions et réseaux liés à leur délégation.",
      en: 'Invite thematic officials to visits, missions and networks related to their portfolio.',
    },
  },
  {
    key: 'no_dedicated_body',
    dimension: 'body',
    severity: 'high',
    when: { any: [{ q: 'body.position', oneOf: ['none'] }, { q: 'body.staff_fte', atMost: 0 }, { q: 'body.dedicated', atMost: 0 }] },
    finding: {
      fr: "Aucune équipe n'est dédiée à l'action internationale.",
      en: 'No team is dedicated to international work.',
    },
    recommendation: {
      fr: "Désigner au moins une personne chargée de l'international, avec une mission écrite et un temps reconnu.",
      en: 'Name at least one person in charge of international work, with a written mission and recognised time.',
    },
  },
  {
    key: 'body_far_from_dgs',
    dimension: 'body',
    severity: 'low',
    when: { q: 'body.position', oneOf: ['two_levels'] },
    finding: {
      fr: "Le service est éloigné de la direction générale, ce qui freine le travail transversal.",
      en: 'The body is far from general management, which slows cross-department work.',
    },
    recommendation: {
      fr: "Rapprocher le service de la DGS, ou obtenir une note de la DGS qui légitime ses demandes auprès des directions.",
      en: 'Move the body closer to the DGS, or obtain a DGS note that backs its requests to departments.',
    },
  },
  {
    key: 'no_point_people',
    dimension: 'mobilisation',
    severity: 'high',
    when: { q: 'mobilisation.point_people', atMost: 1 },
    finding: {
      fr: "Les autres directions n'ont pas de référent·e international.",
      en: 'Other departments have no international point person.',
    },
    recommendation: {
      fr: "Faire désigner par la DGS un·e référent·e dans chaque direction concernée et les réunir deux fois par an.",
      en: 'Have the DGS name a point person in each department concerned and gather them twice a year.',
    },
  },
  {
    key: 'one_off_expertise',
    dimension: 'mobilisation',
    severity: 'medium',
    when: { q: 'mobilisation.co_construction', atMost: 1 },
    finding: {
      fr: "Les services ne sont sollicités que pour une expertise ponctuelle, au dernier moment.",
      en: 'Departments are only asked for one-off expertise, at the last minute.',
    },
    recommendation: {
      fr: "Associer les directions dès la conception des projets qui touchent leur domaine, et leur montrer ce qu'elles y gagnent.",
      en: 'Involve departments from the design of projects in their field, and show them what they gain.',
    },
  },
  {
    key: 'budget_not_consolidated',
    dimension: 'mobilisation',
    severity: 'medium',
    when: { q: 'mobilisation.consolidated_budget', unknown: true },
    finding: {
      fr: "Le budget international consolidé n'est pas connu.",
      en: 'The consolidated international budget is not known.',
    },
    recommendation: {
      fr: "Recenser chaque année les dépenses à dimension internationale de toutes les directions.",
      en: 'Add up every department’s internationally related spending once a year.',
    },
  },
  {
    key: 'calls_without_home_criteria',
    dimension: 'civil_society',
    severity: 'medium',
    when: { q: 'civil_society.calls_for_projects', oneOf: ['no_home_criteria'] },
    finding: {
      fr: "Les appels à projets ne demandent aucune action sur le territoire.",
      en: 'Calls for projects ask for no action on the home territory.',
    },
    recommendation: {
      fr: "Ajouter aux appels à projets un critère sur les actions menées ici et ce qu'elles apportent aux habitant·es.",
      en: 'Add to calls for projects a criterion about actions carried out at home and what they bring to residents.',
    },
  },
  {
    key: 'calls_awareness_only',
    dimension: 'civil_society',
    severity: 'low',
    when: { q: 'civil_society.calls_for_projects', oneOf: ['awareness_only'] },
    finding: {
      fr: "Les appels à projets ne demandent que de la sensibilisation sur le territoire.",
      en: 'Calls for projects only ask for awareness-raising at home.',
    },
    recommendation: {
      fr: "Élargir les critères aux actions concrètes sur le territoire (accueil, formation, échanges entre structures).",
      en: 'Widen the criteria to concrete actions at home (hosting, training, exchanges between organisations).',
    },
  },
  {
    key: 'network_not_led',
    dimension: 'civil_society',
    severity: 'medium',
    when: { q: 'civil_society.network', atMost: 1 },
    finding: {
      fr: "Le réseau des acteurs du territoire engagés à l'international n'est pas animé.",
      en: 'The network of territorial actors working internationally is not led.',
    },
    recommendation: {
      fr: "Organiser au moins une rencontre annuelle des acteurs recensés, éventuellement avec le réseau régional multi-acteurs.",
      en: 'Hold at least one yearly meeting of the actors in the census, possibly with the regional multi-actor network.',
    },
  },
  {
    key: 'isolated_from_other_authorities',
    dimension: 'coordination',
    severity: 'low',
    when: { all: [{ q: 'coordination.information', atMost: 1 }, { q: 'coordination.dialogue', atMost: 1 }] },
    finding: {
      fr: "La collectivité agit sans information ni dialogue avec les autres collectivités du territoire.",
      en: 'The authority acts with no information or dialogue with the territory’s other authorities.',
    },
    recommendation: {
      fr: "Partager la liste de vos partenaires et actions avec les autres collectivités du territoire et proposer une réunion annuelle.",
      en: 'Share your list of partners and actions with the territory’s other authorities and suggest a yearly meeting.',
    },
  },
  {
    key: 'one_way_relations',
    dimension: 'reciprocity',
    severity: 'medium',
    when: { q: 'reciprocity.two_way', atMost: 1 },
    finding: {
      fr: "La relation avec les partenaires étrangers va dans un seul sens.",
      en: 'Relations with foreign partners run one way.',
    },
    recommendation: {
      fr: "Demander à chaque partenaire ce qu'il peut apporter au territoire et l'inscrire dans les objectifs communs.",
      en: 'Ask each partner what it can bring to the territory and write it into the joint objectives.',
    },
  },
  {
    key: 'silent_communication',
    dimension: 'communication',
    severity: 'low',
    when: { any: [{ q: 'communication.external', atMost: 1 }, { q: 'communication.internal', atMost: 0 }] },
    finding: {
      fr: "L'action internationale est peu ou pas expliquée, en interne comme aux habitant·es.",
      en: 'International work is hardly explained, internally or to residents.',
    },
    recommendation: {
      fr: "Publier chaque année une présentation accessible des actions, de leurs raisons et de leurs résultats.",
      en: 'Publish each year an accessible account of the actions, their reasons and their results.',
    },
  },
  {
    key: 'no_evaluation',
    dimension: 'evaluation',
    severity: 'medium',
    when: { q: 'evaluation.practice', atMost: 1 },
    finding: {
      fr: "Les actions ne sont pas évaluées.",
      en: 'Actions are not evaluated.',
    },
    recommendation: {
      fr: "Choisir une action phare par an et l'évaluer avec le partenaire, ici et là-bas.",
      en: 'Pick one flagship action a year and evaluate it with the partner, at home and abroad.',
    },
  },
];

function isNumber(value: AnswerValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True when the answers meet the condition; a test on an unanswered question is false. */
export function matches(condition: Condition, answers: AnswerMap): boolean {
  if ('all' in condition) return condition.all.every((c) => matches(c, answers));
  if ('any' in condition) return condition.any.some((c) => matches(c, answers));
  const value = answers[condition.q];
  if ('unknown' in condition) return value === null;
  if ('atMost' in condition) return isNumber(value) && value <= condition.atMost;
  if ('atLeast' in condition) return isNumber(value) && value >= condition.atLeast;
  return typeof value === 'string' && condition.oneOf.includes(value);
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The rules whose condition the answers meet, most severe first (questionnaire order within). */
export function evaluateRules(answers: AnswerMap, rules: readonly Rule[] = RULES): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => matches(rule.when, answers))
    .sort((a, b) => SEVERITY_ORDER[a.rule.severity] - SEVERITY_ORDER[b.rule.severity] || a.index - b.index)
    .map(({ rule }) => rule);
}

/** A rule by key, or undefined. */
export function findRule(key: string): Rule | undefined {
  return RULES.find((r) => r.key === key);
}

/** Every question key a condition reads, to check rules against the questionnaire. */
export function questionsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsOf);
  if ('any' in condition) return condition.any.flatMap(questionsOf);
  return [condition.q];
}
