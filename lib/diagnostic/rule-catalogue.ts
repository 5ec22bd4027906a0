/**
 * The finding rules themselves, as data (see rules.ts for their shape and how they are evaluated).
 * Each names a dimension, a severity, a condition over the answers, the finding it states and the
 * recommendation it makes, in both languages. `RULES_VERSION` changes whenever a rule does.
 */

import type { Condition, Rule } from './rules';

export const RULES_VERSION = '2026.2';

/** No one works on international action as such: the large and the small authority's rules differ in what they ask. */
const NO_DEDICATED_TEAM: Condition = {
  any: [
    { q: 'body.position', oneOf: ['none'] },
    { q: 'body.staff_fte', atMost: 0 },
    { q: 'body.dedicated', atMost: 0 },
  ],
};

export const RULES: readonly Rule[] = [
  {
    key: 'no_common_thread',
    kind: 'weakness',
    dimension: 'vision',
    severity: 'high',
    when: { q: 'vision.common_thread', atMost: 1 },
    finding: {
      fr: 'Les actions extérieures se juxtaposent sans fil rouge qui les relie.',
      en: 'External actions sit side by side with no common thread linking them.',
    },
    recommendation: {
      fr: 'Réunir élu·es et services pour formuler en une phrase ce qui relie les actions, puis vérifier chaque action au regard de cette phrase.',
      en: 'Bring officials and departments together to state in one sentence what links the actions, then check every action against it.',
    },
  },
  {
    key: 'no_written_strategy',
    kind: 'weakness',
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
    kind: 'weakness',
    dimension: 'vision',
    severity: 'medium',
    when: { q: 'vision.competencies', atMost: 1 },
    finding: {
      fr: "Les actions ne sont pas reliées aux compétences de la collectivité. Ce n'est pas une obligation légale depuis 2007 (sauf pour les EPCI et syndicats, et pour certains financeurs), mais c'est ce qui les ancre dans les politiques publiques.",
      en: 'Actions are not tied to the authority’s competences. This has not been a legal requirement since 2007 (except for intermunicipal bodies and syndicates, and for some funders), but it is what anchors them in public policy.',
    },
    recommendation: {
      fr: "Rattacher chaque action à une compétence dans le registre des actions et associer la direction qui l'exerce.",
      en: 'Link each action to a competence in the actions register and involve the department that exercises it.',
    },
  },
  {
    key: 'territory_unknown',
    kind: 'weakness',
    dimension: 'anchoring',
    severity: 'high',
    when: { q: 'anchoring.territorial_census', atMost: 1 },
    finding: {
      fr: 'Les liens du territoire avec le monde sont mal connus : aucun recensement à jour des acteurs.',
      en: 'How the territory is linked to the world is poorly known: no up-to-date census of actors.',
    },
    recommendation: {
      fr: 'Lancer le recensement des acteurs du territoire (questionnaire public de la cartographie) et le tenir à jour chaque année.',
      en: 'Start the census of territorial actors (the actors map’s public questionnaire) and update it every year.',
    },
  },
  {
    key: 'returns_unwritten',
    kind: 'weakness',
    dimension: 'anchoring',
    severity: 'high',
    when: { q: 'anchoring.expected_returns', atMost: 1 },
    finding: {
      fr: 'Les retombées attendues ne sont pas écrites : impossible de les comparer à ce qui est obtenu.',
      en: 'Expected returns are not written down, so they cannot be compared with what is achieved.',
    },
    recommendation: {
      fr: "Pour chaque action, noter avant son lancement deux ou trois retombées attendues pour le territoire et pour l'administration.",
      en: 'For each action, write down two or three expected returns for the territory and the administration before it starts.',
    },
  },
  {
    key: 'returns_never_observed',
    kind: 'weakness',
    dimension: 'anchoring',
    severity: 'medium',
    when: {
      all: [
        { q: 'anchoring.expected_returns', atLeast: 2 },
        { q: 'anchoring.observed_returns', atMost: 1 },
      ],
    },
    finding: {
      fr: 'Des retombées sont attendues, mais personne ne relève ce qui est réellement obtenu.',
      en: 'Returns are expected, but nobody records what is actually achieved.',
    },
    recommendation: {
      fr: 'Prévoir pour chaque action un relevé des retombées observées, avec preuves, au moins une fois par an.',
      en: 'Plan a record of observed returns, with evidence, for every action at least once a year.',
    },
  },
  {
    key: 'support_rests_on_executive',
    kind: 'weakness',
    dimension: 'political',
    severity: 'high',
    when: {
      all: [
        { q: 'political.chief_executive', atLeast: 3 },
        { q: 'political.cross_cutting', atMost: 1 },
      ],
    },
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
    kind: 'weakness',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.majority_change', atMost: 1 },
    finding: {
      fr: "Un changement de majorité risquerait d'interrompre l'action internationale.",
      en: 'A change of majority could halt international work.',
    },
    recommendation: {
      fr: 'Formaliser les engagements dans des conventions pluriannuelles et rechercher un vote large, au-delà de la majorité.',
      en: 'Formalise commitments in multi-year agreements and seek a broad vote, beyond the majority.',
    },
  },
  {
    key: 'funder_driven',
    kind: 'weakness',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.funder_independence', atMost: 1 },
    finding: {
      fr: 'Les priorités des financeurs dictent les choix de pays, de thèmes et de partenaires.',
      en: 'Funders’ priorities dictate the choice of countries, themes and partners.',
    },
    recommendation: {
      fr: "Fixer d'abord les priorités propres de la collectivité, puis chercher les financements qui les servent.",
      en: 'Set the authority’s own priorities first, then look for funding that serves them.',
    },
  },
  {
    key: 'few_elected_involved',
    kind: 'weakness',
    dimension: 'political',
    severity: 'low',
    when: { q: 'political.elected_count', atMost: 1 },
    finding: {
      fr: "Au plus un·e élu·e a pris part à l'action internationale cette année.",
      en: 'At most one elected official took part in international work this year.',
    },
    recommendation: {
      fr: 'Inviter les élu·es thématiques aux accueils, missions et réseaux liés à leur délégation.',
      en: 'Invite thematic officials to visits, missions and networks related to their portfolio.',
    },
  },
  {
    key: 'no_dedicated_body',
    kind: 'weakness',
    dimension: 'body',
    severity: 'high',
    when: {
      all: [{ population: 'large' }, NO_DEDICATED_TEAM],
    },
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
    key: 'no_dedicated_body_small',
    kind: 'weakness',
    dimension: 'body',
    severity: 'low',
    when: {
      all: [{ population: 'small' }, NO_DEDICATED_TEAM],
    },
    finding: {
      fr: "Aucune équipe n'est dédiée à l'international, ce qui est courant pour une collectivité de cette taille.",
      en: 'No team is dedicated to international work, which is common for an authority of this size.',
    },
    recommendation: {
      fr: "S'appuyer sur le comité de jumelage ou l'intercommunalité, et désigner un·e élu·e et un·e agent·e comme interlocuteurs identifiés des partenaires.",
      en: 'Work through the twinning committee or the intermunicipal body, and name an elected official and an agent as the partners’ known contacts.',
    },
  },
  {
    key: 'body_far_from_dgs',
    kind: 'weakness',
    dimension: 'body',
    severity: 'low',
    when: { q: 'body.position', oneOf: ['two_levels'] },
    finding: {
      fr: 'Le service est éloigné de la direction générale, ce qui freine le travail transversal.',
      en: 'The body is far from general management, which slows cross-department work.',
    },
    recommendation: {
      fr: 'Rapprocher le service de la DGS, ou obtenir une note de la DGS qui légitime ses demandes auprès des directions.',
      en: 'Move the body closer to the DGS, or obtain a DGS note that backs its requests to departments.',
    },
  },
  {
    key: 'no_point_people',
    kind: 'weakness',
    dimension: 'mobilisation',
    severity: 'high',
    when: { q: 'mobilisation.point_people', atMost: 1 },
    finding: {
      fr: "Les autres directions n'ont pas de référent·e international.",
      en: 'Other departments have no international point person.',
    },
    recommendation: {
      fr: 'Faire désigner par la DGS un·e référent·e dans chaque direction concernée et les réunir deux fois par an.',
      en: 'Have the DGS name a point person in each department concerned and gather them twice a year.',
    },
  },
  {
    key: 'one_off_expertise',
    kind: 'weakness',
    dimension: 'mobilisation',
    severity: 'medium',
    when: { q: 'mobilisation.co_construction', atMost: 1 },
    finding: {
      fr: 'Les services ne sont sollicités que pour une expertise ponctuelle, au dernier moment.',
      en: 'Departments are only asked for one-off expertise, at the last minute.',
    },
    recommendation: {
      fr: "Associer les directions dès la conception des projets qui touchent leur domaine, et leur montrer ce qu'elles y gagnent.",
      en: 'Involve departments from the design of projects in their field, and show them what they gain.',
    },
  },
  {
    key: 'budget_not_consolidated',
    kind: 'weakness',
    dimension: 'mobilisation',
    severity: 'medium',
    when: { q: 'mobilisation.consolidated_budget', unknown: true },
    finding: {
      fr: "Le budget international consolidé n'est pas connu.",
      en: 'The consolidated international budget is not known.',
    },
    recommendation: {
      fr: 'Recenser chaque année les dépenses à dimension internationale de toutes les directions.',
      en: 'Add up every department’s internationally related spending once a year.',
    },
  },
  {
    key: 'calls_without_home_criteria',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'medium',
    when: { q: 'civil_society.calls_for_projects', oneOf: ['no_home_criteria'] },
    finding: {
      fr: 'Les appels à projets ne demandent aucune action sur le territoire.',
      en: 'Calls for proposals ask for no action on the home territory.',
    },
    recommendation: {
      fr: "Ajouter aux appels à projets un critère sur les actions menées ici et ce qu'elles apportent aux habitant·es.",
      en: 'Add to calls for proposals a criterion about actions carried out at home and what they bring to residents.',
    },
  },
  {
    key: 'calls_awareness_only',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'low',
    when: { q: 'civil_society.calls_for_projects', oneOf: ['awareness_only'] },
    finding: {
      fr: 'Les appels à projets ne demandent que de la sensibilisation sur le territoire.',
      en: 'Calls for proposals only ask for awareness-raising at home.',
    },
    recommendation: {
      fr: 'Élargir les critères aux actions concrètes sur le territoire (accueil, formation, échanges entre structures).',
      en: 'Widen the criteria to concrete actions at home (hosting, training, exchanges between organisations).',
    },
  },
  {
    key: 'network_not_led',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'medium',
    when: { q: 'civil_society.network', atMost: 1 },
    finding: {
      fr: "Le réseau des acteurs du territoire engagés à l'international n'est pas animé.",
      en: 'The network of territorial actors working internationally is not led.',
    },
    recommendation: {
      fr: 'Organiser au moins une rencontre annuelle des acteurs recensés, éventuellement avec le réseau régional multi-acteurs.',
      en: 'Hold at least one yearly meeting of the actors in the census, possibly with the regional multi-actor network.',
    },
  },
  {
    key: 'isolated_from_other_authorities',
    kind: 'weakness',
    dimension: 'coordination',
    severity: 'low',
    when: {
      all: [
        { q: 'coordination.information', atMost: 1 },
        { q: 'coordination.dialogue', atMost: 1 },
      ],
    },
    finding: {
      fr: 'La collectivité agit sans information ni dialogue avec les autres collectivités du territoire.',
      en: 'The authority acts with no information or dialogue with the territory’s other authorities.',
    },
    recommendation: {
      fr: 'Partager la liste de vos partenaires et actions avec les autres collectivités du territoire et proposer une réunion annuelle.',
      en: 'Share your list of partners and actions with the territory’s other authorities and suggest a yearly meeting.',
    },
  },
  {
    key: 'one_way_relations',
    kind: 'weakness',
    dimension: 'reciprocity',
    severity: 'medium',
    when: { q: 'reciprocity.two_way', atMost: 1 },
    finding: {
      fr: 'La relation avec les partenaires étrangers va dans un seul sens.',
      en: 'Relations with foreign partners run one way.',
    },
    recommendation: {
      fr: "Demander à chaque partenaire ce qu'il peut apporter au territoire et l'inscrire dans les objectifs communs.",
      en: 'Ask each partner what it can bring to the territory and write it into the joint objectives.',
    },
  },
  {
    key: 'silent_communication',
    kind: 'weakness',
    dimension: 'communication',
    severity: 'low',
    when: {
      any: [
        { q: 'communication.external', atMost: 1 },
        { q: 'communication.internal', atMost: 0 },
      ],
    },
    finding: {
      fr: "L'action internationale est peu ou pas expliquée, en interne comme aux habitant·es.",
      en: 'International work is hardly explained, internally or to residents.',
    },
    recommendation: {
      fr: 'Publier chaque année une présentation accessible des actions, de leurs raisons et de leurs résultats.',
      en: 'Publish each year an accessible account of the actions, their reasons and their results.',
    },
  },
  {
    key: 'no_evaluation',
    kind: 'weakness',
    dimension: 'evaluation',
    severity: 'medium',
    when: { q: 'evaluation.practice', atMost: 1 },
    finding: {
      fr: 'Les actions ne sont pas évaluées.',
      en: 'Actions are not evaluated.',
    },
    recommendation: {
      fr: "Choisir une action phare par an et l'évaluer avec le partenaire, ici et là-bas.",
      en: 'Pick one flagship action a year and evaluate it with the partner, at home and abroad.',
    },
  }, // Issue #25: every maturity question gets a finding, the legal duties of external action are
  // checked, and strengths are said too.
  {
    key: 'international_apart_from_project',
    kind: 'weakness',
    dimension: 'vision',
    severity: 'medium',
    when: { q: 'vision.territorial_project', atMost: 1 },
    finding: {
      fr: "L'international reste à part du projet de territoire.",
      en: 'International work stays apart from the territorial project.',
    },
    recommendation: {
      fr: 'Inscrire un volet international dans le projet de territoire et dans les schémas sectoriels à leur prochaine révision.',
      en: 'Write an international strand into the territorial project and the sector plans at their next review.',
    },
  },
  {
    key: 'rationales_apart',
    kind: 'weakness',
    dimension: 'vision',
    severity: 'low',
    when: { q: 'vision.rationales', atMost: 1 },
    finding: {
      fr: 'Solidarité, attractivité, échange et influence sont portés séparément, sans se répondre.',
      en: 'Solidarity, attractiveness, exchange and influence are carried separately and do not connect.',
    },
    recommendation: {
      fr: 'Demander pour chaque action quelles logiques elle sert, et réunir une fois par an les personnes qui portent chacune.',
      en: 'Ask of each action which rationales it serves, and gather once a year the people who carry each of them.',
    },
  },
  {
    key: 'administration_returns_ignored',
    kind: 'weakness',
    dimension: 'anchoring',
    severity: 'medium',
    when: { q: 'anchoring.administration_returns', atMost: 1 },
    finding: {
      fr: "Ce que l'international apporte à l'administration elle-même (pratiques, politiques publiques) n'est pas recherché.",
      en: 'What international work brings to the administration itself (practices, public policies) is not sought.',
    },
    recommendation: {
      fr: "Choisir pour les actions principales une pratique ou une politique à faire évoluer grâce à l'échange, et le noter dans les retombées attendues.",
      en: 'For the main actions, choose one practice or policy the exchange should improve, and write it among the expected returns.',
    },
  },
  {
    key: 'returns_opposed',
    kind: 'weakness',
    dimension: 'anchoring',
    severity: 'low',
    when: { q: 'anchoring.integrated_returns', atMost: 1 },
    finding: {
      fr: "Retombées économiques et socioculturelles sont opposées au lieu d'être pensées ensemble.",
      en: 'Economic and socio-cultural returns are set against each other instead of being thought of together.',
    },
    recommendation: {
      fr: 'Pour chaque action, écrire au moins une retombée attendue de chaque type et faire travailler ensemble les services concernés.',
      en: 'For each action, write at least one expected return of each kind and have the departments concerned work together.',
    },
  },
  {
    key: 'executive_not_supporting',
    kind: 'weakness',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.chief_executive', atMost: 1 },
    finding: {
      fr: "L'exécutif ne soutient pas l'action internationale, ou la laisse faire sans s'y impliquer.",
      en: 'The chief executive does not support international work, or lets it run without taking part.',
    },
    recommendation: {
      fr: "Montrer à l'exécutif ce que l'international apporte aux politiques qu'il porte, chiffres du registre des retombées à l'appui.",
      en: 'Show the chief executive what international work brings to the policies they lead, with figures from the returns register.',
    },
  },
  {
    key: 'no_real_delegation',
    kind: 'weakness',
    dimension: 'political',
    severity: 'medium',
    when: { q: 'political.elected_in_charge', atMost: 1 },
    finding: {
      fr: "Aucun·e élu·e ne dispose d'une délégation réelle sur l'international.",
      en: 'No elected official holds a real delegation for international work.',
    },
    recommendation: {
      fr: "Confier une délégation écrite à un·e élu·e, avec le pilotage du comité international et un compte rendu annuel à l'assemblée.",
      en: 'Give an elected official a written delegation, with the steering of the international committee and a yearly report to the assembly.',
    },
  },
  {
    key: 'body_works_alone',
    kind: 'weakness',
    dimension: 'body',
    severity: 'medium',
    when: { q: 'body.cross_cutting_method', atMost: 1 },
    finding: {
      fr: 'Le service international travaille seul ; les autres directions ignorent ses projets.',
      en: 'The international body works alone; other departments do not know its projects.',
    },
    recommendation: {
      fr: 'Présenter les projets en comité de direction et les croiser avec les plans de travail des directions.',
      en: 'Present projects at management meetings and cross-check them with the departments’ work plans.',
    },
  },
  {
    key: 'delegation_without_control',
    kind: 'weakness',
    dimension: 'body',
    severity: 'high',
    when: { q: 'body.delegation_control', atMost: 1 },
    finding: {
      fr: "La gestion confiée à un tiers échappe à la collectivité : c'est lui qui décide.",
      en: 'Management entrusted to a third party escapes the authority: the third party decides.',
    },
    recommendation: {
      fr: 'Revoir la convention avec le tiers : objectifs, comité de suivi présidé par la collectivité, bilan annuel présenté aux élu·es.',
      en: 'Revise the agreement with the third party: objectives, a follow-up committee chaired by the authority, a yearly review presented to elected officials.',
    },
  },
  {
    key: 'participation_unrecognised',
    kind: 'weakness',
    dimension: 'mobilisation',
    severity: 'medium',
    when: { q: 'mobilisation.formal_mandates', atMost: 1 },
    finding: {
      fr: "La participation des agents n'est pas reconnue : elle dépend de la bonne volonté de chacun.",
      en: 'Staff participation is not recognised: it depends on individual goodwill.',
    },
    recommendation: {
      fr: 'Obtenir une note de la DGS et inscrire le temps consacré dans les plans de travail des services.',
      en: 'Obtain a note from the DGS and write the time spent into the departments’ work plans.',
    },
  },
  {
    key: 'seen_as_a_cost',
    kind: 'weakness',
    dimension: 'mobilisation',
    severity: 'low',
    when: { q: 'mobilisation.perception', atMost: 1 },
    finding: {
      fr: "Les autres services voient l'international comme une dépense ou une charge.",
      en: 'Other departments see international work as an expense or a burden.',
    },
    recommendation: {
      fr: 'Faire témoigner les agents qui ont participé et montrer ce que leur service y a gagné.',
      en: 'Have staff who took part tell their story and show what their department gained.',
    },
  },
  {
    key: 'project_leaders_unsupported',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'medium',
    when: { q: 'civil_society.project_support', atMost: 1 },
    finding: {
      fr: "Les porteurs de projets du territoire ne sont pas accompagnés au-delà d'une subvention.",
      en: 'The territory’s project leaders get no support beyond a grant.',
    },
    recommendation: {
      fr: 'Proposer conseil et formation avec le réseau régional multi-acteurs, et un suivi des projets financés.',
      en: 'Offer advice and training with the regional multi-actor network, and follow up the funded projects.',
    },
  },
  {
    key: 'same_few_actors',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'low',
    when: { q: 'civil_society.diversity', atMost: 1 },
    finding: {
      fr: 'Ce sont toujours les mêmes un ou deux acteurs qui prennent part aux actions.',
      en: 'The same one or two actors always take part in the actions.',
    },
    recommendation: {
      fr: "Partir du recensement pour inviter d'autres types d'acteurs : diasporas, établissements scolaires, entreprises, jeunesse.",
      en: 'Use the census to invite other kinds of actors: diaspora groups, schools, businesses, youth organisations.',
    },
  },
  {
    key: 'actors_not_consulted',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'low',
    when: { q: 'civil_society.strategy_role', atMost: 1 },
    finding: {
      fr: 'Les acteurs du territoire ne participent pas à la définition de la stratégie.',
      en: 'The territory’s actors take no part in defining the strategy.',
    },
    recommendation: {
      fr: 'Les consulter sur le projet de stratégie et leur réserver une place dans une instance de concertation.',
      en: 'Consult them on the draft strategy and give them a seat in a consultation body.',
    },
  },
  {
    key: 'no_pooling',
    kind: 'weakness',
    dimension: 'coordination',
    severity: 'medium',
    when: { q: 'coordination.pooling', atMost: 1 },
    finding: {
      fr: "Les collectivités du territoire ne mutualisent ni moyens ni programmes, au risque de se concurrencer auprès d'un même partenaire.",
      en: 'The territory’s authorities pool neither resources nor programmes, and may compete for the same partner.',
    },
    recommendation: {
      fr: "Proposer un programme commun auprès d'un partenaire partagé, chacun selon ses compétences.",
      en: 'Propose a joint programme with a shared partner, each according to its competences.',
    },
  },
  {
    key: 'visibility_blocks',
    kind: 'weakness',
    dimension: 'coordination',
    severity: 'low',
    when: { q: 'coordination.visibility_tensions', atMost: 1 },
    finding: {
      fr: 'Les enjeux de visibilité entre élu·es freinent la coopération entre collectivités.',
      en: 'Visibility concerns among elected officials hold back cooperation between authorities.',
    },
    recommendation: {
      fr: "Convenir d'une communication commune qui nomme chaque collectivité et son apport.",
      en: 'Agree on joint communication that names each authority and what it brings.',
    },
  },
  {
    key: 'objectives_set_alone',
    kind: 'weakness',
    dimension: 'reciprocity',
    severity: 'medium',
    when: { q: 'reciprocity.joint_objectives', atMost: 1 },
    finding: {
      fr: 'Les objectifs des partenariats sont fixés sans les partenaires.',
      en: 'Partnership objectives are set without the partners.',
    },
    recommendation: {
      fr: 'Écrire les objectifs avec chaque partenaire et y noter ce que chacun attend pour lui-même.',
      en: 'Write the objectives with each partner, stating what each side expects for itself.',
    },
  },
  {
    key: 'no_hosting',
    kind: 'weakness',
    dimension: 'reciprocity',
    severity: 'low',
    when: { q: 'reciprocity.hosting', atMost: 1 },
    finding: {
      fr: 'Les agents et élu·es des partenaires ne viennent que pour des visites protocolaires, ou jamais.',
      en: 'Partners’ staff and officials come only for protocol visits, or never.',
    },
    recommendation: {
      fr: "Prévoir chaque année l'accueil d'agents des partenaires au travail avec les équipes concernées.",
      en: 'Plan each year to host partners’ staff working alongside the teams concerned.',
    },
  },
  {
    key: 'no_shared_governance',
    kind: 'weakness',
    dimension: 'reciprocity',
    severity: 'medium',
    when: { q: 'reciprocity.shared_governance', atMost: 1 },
    finding: {
      fr: "Les partenariats n'ont pas de gouvernance partagée : pas de convention à jour ni d'instance commune.",
      en: 'Partnerships have no shared governance: no up-to-date agreement and no joint body.',
    },
    recommendation: {
      fr: 'Renouveler la convention (objet et montant prévisionnel, transmise au préfet) et créer un comité de pilotage conjoint.',
      en: 'Renew the agreement (purpose and forecast amount, sent to the prefect) and set up a joint steering committee.',
    },
  },
  {
    key: 'results_not_shown',
    kind: 'weakness',
    dimension: 'communication',
    severity: 'low',
    when: { q: 'communication.results', atMost: 1 },
    finding: {
      fr: "Les retombées pour le territoire ne sont pas montrées, preuves à l'appui.",
      en: 'Returns for the territory are not shown with evidence.',
    },
    recommendation: {
      fr: 'Publier chaque année un bilan chiffré et illustré des retombées observées.',
      en: 'Publish each year a review of observed returns, with figures and examples.',
    },
  },
  {
    key: 'assembly_not_informed',
    kind: 'weakness',
    dimension: 'communication',
    severity: 'medium',
    when: { q: 'communication.elected', atMost: 1 },
    finding: {
      fr: "L'assemblée n'est informée de l'action internationale qu'au vote des subventions, sans débat.",
      en: 'The assembly only hears of international work when grants are voted, with no debate.',
    },
    recommendation: {
      fr: "Présenter chaque année en séance un rapport sur l'action internationale, suivi d'un débat.",
      en: 'Present a yearly report on international work in session, followed by a debate.',
    },
  },
  {
    key: 'no_indicators',
    kind: 'weakness',
    dimension: 'evaluation',
    severity: 'medium',
    when: { q: 'evaluation.indicators', atMost: 1 },
    finding: {
      fr: "Aucun objectif mesurable ni indicateur n'est fixé au lancement des actions.",
      en: 'No measurable objective or indicator is set when actions start.',
    },
    recommendation: {
      fr: 'Fixer pour chaque action principale un ou deux indicateurs de résultat avec une valeur de départ et une cible.',
      en: 'Set one or two outcome indicators with a baseline and a target for each main action.',
    },
  },
  {
    key: 'evaluation_not_joint',
    kind: 'weakness',
    dimension: 'evaluation',
    severity: 'medium',
    when: { q: 'evaluation.joint', atMost: 1 },
    finding: {
      fr: 'Les évaluations se font sans les partenaires, qui ne font que fournir des informations.',
      en: 'Evaluations are made without the partners, who only provide information.',
    },
    recommendation: {
      fr: "Conduire l'évaluation de l'action phare avec le partenaire, avec des questions posées des deux côtés.",
      en: 'Evaluate the flagship action with the partner, with questions asked by both sides.',
    },
  },
  {
    key: 'lessons_unused',
    kind: 'weakness',
    dimension: 'evaluation',
    severity: 'low',
    when: { q: 'evaluation.use', atMost: 1 },
    finding: {
      fr: 'Les enseignements des évaluations ne changent pas les actions.',
      en: 'Evaluation lessons do not change the actions.',
    },
    recommendation: {
      fr: 'Établir après chaque évaluation un plan de suites, avec un·e responsable et une date.',
      en: 'Draw up a follow-up plan after each evaluation, with an owner and a date.',
    },
  },
  // Legal duties (CGCT L1115-1 and L1115-6; law of 12 April 2000, art. 10).
  {
    key: 'agreements_not_sent_to_prefect',
    kind: 'weakness',
    dimension: 'reciprocity',
    severity: 'high',
    when: { q: 'reciprocity.agreements_prefect', oneOf: ['some_sent', 'not_sent'] },
    finding: {
      fr: "Des conventions avec des autorités étrangères n'ont pas été transmises au préfet : elles ne sont pas entrées en vigueur (CGCT, art. L1115-1).",
      en: 'Some agreements with foreign authorities were not sent to the prefect: they have not taken effect (CGCT, art. L1115-1).',
    },
    recommendation: {
      fr: 'Transmettre chaque convention au contrôle de légalité, avec son objet et le montant prévisionnel des engagements financiers.',
      en: 'Send every agreement for the legality check, with its purpose and the forecast financial commitment.',
    },
  },
  {
    key: 'grants_without_agreement',
    kind: 'weakness',
    dimension: 'civil_society',
    severity: 'high',
    when: { q: 'civil_society.grant_agreements', oneOf: ['sometimes', 'never'] },
    finding: {
      fr: 'Des subventions de plus de 23 000 € sont versées sans convention, ce que la loi interdit (loi du 12 avril 2000, art. 10).',
      en: 'Grants above €23,000 are paid without an agreement, which the law forbids (law of 12 April 2000, art. 10).',
    },
    recommendation: {
      fr: "Signer une convention d'objectifs pour chaque subvention au-delà de 23 000 € par an : objet, montant, conditions d'emploi.",
      en: 'Sign a grant agreement for every grant above €23,000 a year: purpose, amount, conditions of use.',
    },
  },
  {
    key: 'no_yearly_declaration',
    kind: 'weakness',
    dimension: 'communication',
    severity: 'high',
    when: { q: 'communication.yearly_declaration', oneOf: ['some_years', 'never'] },
    finding: {
      fr: "L'action extérieure n'est pas déclarée chaque année au ministère des affaires étrangères (CGCT, art. L1115-6).",
      en: 'External action is not declared to the foreign ministry every year (CGCT, art. L1115-6).',
    },
    recommendation: {
      fr: 'Faire chaque année la déclaration en ligne, à partir du registre des actions et du budget consolidé.',
      en: 'Make the online declaration every year, from the actions register and the consolidated budget.',
    },
  },
  // Strengths: what to keep and build on.
  {
    key: 'strength_common_thread',
    kind: 'strength',
    dimension: 'vision',
    severity: 'low',
    when: {
      all: [
        { q: 'vision.common_thread', atLeast: 3 },
        { q: 'vision.written_strategy', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Une stratégie adoptée et un fil rouge explicite relient les actions.',
      en: 'An adopted strategy and an explicit common thread link the actions.',
    },
    recommendation: {
      fr: 'Garder le fil rouge comme critère de choix de toute nouvelle action et le revoir à chaque mandat.',
      en: 'Keep the common thread as the test for any new action and review it each term.',
    },
  },
  {
    key: 'strength_returns_followed',
    kind: 'strength',
    dimension: 'anchoring',
    severity: 'low',
    when: {
      all: [
        { q: 'anchoring.expected_returns', atLeast: 3 },
        { q: 'anchoring.observed_returns', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Les retombées sont écrites avant les actions et relevées ensuite.',
      en: 'Returns are written down before actions and recorded afterwards.',
    },
    recommendation: {
      fr: 'Partager ces relevés avec les partenaires et les acteurs du territoire.',
      en: 'Share these records with the partners and the territory’s actors.',
    },
  },
  {
    key: 'strength_shared_support',
    kind: 'strength',
    dimension: 'political',
    severity: 'low',
    when: {
      all: [
        { q: 'political.cross_cutting', atLeast: 3 },
        { q: 'political.majority_change', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Le portage politique est partagé par les élu·es thématiques et dépasse la majorité.',
      en: 'Political support is shared by thematic officials and reaches beyond the majority.',
    },
    recommendation: {
      fr: "Le faire vivre par un débat annuel en séance sur l'action internationale.",
      en: 'Keep it alive with a yearly debate in session on international work.',
    },
  },
  {
    key: 'strength_body_embedded',
    kind: 'strength',
    dimension: 'body',
    severity: 'low',
    when: {
      all: [
        { q: 'body.dedicated', atLeast: 3 },
        { q: 'body.cross_cutting_method', atLeast: 3 },
      ],
    },
    finding: {
      fr: "Un service identifié travaille avec l'ensemble des directions.",
      en: 'An identified body works with every department.',
    },
    recommendation: {
      fr: "Écrire sa méthode de travail transversal pour qu'elle survive aux changements de personnes.",
      en: 'Write down its cross-department method so that it outlasts changes of staff.',
    },
  },
  {
    key: 'strength_departments_engaged',
    kind: 'strength',
    dimension: 'mobilisation',
    severity: 'low',
    when: {
      all: [
        { q: 'mobilisation.point_people', atLeast: 3 },
        { q: 'mobilisation.co_construction', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Les directions ont des référent·es et co-construisent les projets de leur domaine.',
      en: 'Departments have point people and co-design the projects in their field.',
    },
    recommendation: {
      fr: 'Reconnaître cette participation dans les entretiens annuels des agents concernés.',
      en: 'Recognise this participation in the annual reviews of the staff concerned.',
    },
  },
  {
    key: 'strength_network_led',
    kind: 'strength',
    dimension: 'civil_society',
    severity: 'low',
    when: {
      all: [
        { q: 'civil_society.network', atLeast: 3 },
        { q: 'civil_society.calls_for_projects', oneOf: ['home_actions'] },
      ],
    },
    finding: {
      fr: 'Le réseau des acteurs est animé et les appels à projets demandent des actions sur le territoire.',
      en: 'The actors’ network is led and calls for proposals ask for actions at home.',
    },
    recommendation: {
      fr: 'Associer ce réseau à la révision de la stratégie.',
      en: 'Involve this network in the review of the strategy.',
    },
  },
  {
    key: 'strength_pooling',
    kind: 'strength',
    dimension: 'coordination',
    severity: 'low',
    when: {
      all: [
        { q: 'coordination.pooling', atLeast: 3 },
        { q: 'coordination.dialogue', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Les collectivités du territoire dialoguent et mènent des programmes communs.',
      en: 'The territory’s authorities talk to each other and run joint programmes.',
    },
    recommendation: {
      fr: "Étendre la mutualisation à un deuxième partenaire ou à l'évaluation.",
      en: 'Extend pooling to a second partner or to evaluation.',
    },
  },
  {
    key: 'strength_reciprocity',
    kind: 'strength',
    dimension: 'reciprocity',
    severity: 'low',
    when: {
      all: [
        { q: 'reciprocity.two_way', atLeast: 3 },
        { q: 'reciprocity.shared_governance', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Les partenariats vont dans les deux sens et sont pilotés en commun.',
      en: 'Partnerships run both ways and are steered jointly.',
    },
    recommendation: {
      fr: "Rendre compte de ce que les partenaires apportent au territoire, au même titre que de ce qu'il leur apporte.",
      en: 'Report what partners bring to the territory as well as what it brings them.',
    },
  },
  {
    key: 'strength_accountable',
    kind: 'strength',
    dimension: 'communication',
    severity: 'low',
    when: {
      all: [
        { q: 'communication.elected', atLeast: 3 },
        { q: 'communication.results', atLeast: 3 },
      ],
    },
    finding: {
      fr: "L'assemblée reçoit chaque année un rapport qui montre les résultats.",
      en: 'The assembly receives a yearly report showing results.',
    },
    recommendation: {
      fr: 'Ouvrir ce rapport aux habitant·es et aux partenaires.',
      en: 'Open this report to residents and partners.',
    },
  },
  {
    key: 'strength_evaluation',
    kind: 'strength',
    dimension: 'evaluation',
    severity: 'low',
    when: {
      all: [
        { q: 'evaluation.practice', atLeast: 3 },
        { q: 'evaluation.joint', atLeast: 3 },
      ],
    },
    finding: {
      fr: 'Les actions principales sont évaluées avec les partenaires.',
      en: 'The main actions are evaluated with the partners.',
    },
    recommendation: {
      fr: 'Présenter les suites données aux évaluations aux élu·es et aux partenaires.',
      en: 'Present the follow-up to evaluations to elected officials and partners.',
    },
  },
  {
    key: 'strength_legal_duties',
    kind: 'strength',
    dimension: 'communication',
    severity: 'low',
    when: {
      all: [
        { q: 'communication.yearly_declaration', oneOf: ['every_year'] },
        { q: 'reciprocity.agreements_prefect', oneOf: ['all_sent', 'no_agreement'] },
        { q: 'civil_society.grant_agreements', oneOf: ['always', 'no_large_grant'] },
      ],
    },
    finding: {
      fr: "Les obligations légales de l'action extérieure sont tenues : déclaration annuelle, conventions transmises au préfet, conventions de subvention.",
      en: 'The legal duties of external action are met: yearly declaration, agreements sent to the prefect, grant agreements.',
    },
    recommendation: {
      fr: 'Garder ces vérifications dans la procédure de chaque nouvelle action.',
      en: 'Keep these checks in the procedure for every new action.',
    },
  },
];
