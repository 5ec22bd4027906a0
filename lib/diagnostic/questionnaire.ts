/**
 * The internationalisation self-assessment, kept as versioned data: pages, scoring and rules read
 * it, none of them hard-code a question. A diagnostic stores the version it was run with; change
 * the questions by adding a new version, never by editing one that diagnostics already use.
 *
 * Maturity questions have five levels (0–4), each described in one sentence so that different
 * people answer alike. Fact questions (figures, choices, languages) are not scored: the finding
 * rules in rules.ts read them. Question and dimension weights feed scoring.ts.
 *
 * The questions were written for Fil rouge from the themes of the PLATFORMA study on the external
 * actions of French local governments (see shared/reference); none of its sentences is reused.
 */

import type { Locale } from '@/lib/i18n/config';

export type Text = Record<Locale, string>;

export type MaturityQuestion = {
  key: string;
  kind: 'maturity';
  /** Relative weight of the question inside its dimension (see scoring.ts). */
  weight: number;
  prompt: Text;
  /** What the question means, or what the law says about it (shown under the prompt). */
  hint?: Text;
  /** Five sentences, for levels 0 (nothing) to 4 (embedded practice). */
  levels: readonly [Text, Text, Text, Text, Text];
};

export type NumberQuestion = {
  key: string;
  kind: 'number';
  prompt: Text;
  hint?: Text;
  unit: 'fte' | 'people' | 'eur';
  min: number;
  max: number;
  /** Smallest step accepted (0.1 for full-time equivalents, 1 otherwise). */
  step: number;
};

export type ChoiceQuestion = {
  key: string;
  kind: 'choice';
  prompt: Text;
  hint?: Text;
  options: readonly { value: string; label: Text }[];
};

export type LanguagesQuestion = {
  key: string;
  kind: 'languages';
  prompt: Text;
  hint?: Text;
};

export type Question = MaturityQuestion | NumberQuestion | ChoiceQuestion | LanguagesQuestion;
export type FactQuestion = Exclude<Question, MaturityQuestion>;

export type Dimension = {
  key: string;
  /** Relative weight of the dimension in the overall score (see scoring.ts). */
  weight: number;
  title: Text;
  /** A label short enough for the axes of the profile chart. */
  short: Text;
  summary: Text;
  questions: readonly Question[];
};

export type Questionnaire = { version: string; dimensions: readonly Dimension[] };

/** Stands for "the number is not known", an answer in its own right (null is stored). */
export const UNKNOWN = null;

const V1: Questionnaire = {
  version: '2026.1',
  dimensions: [
    {
      key: 'vision',
      weight: 2,
      title: { fr: 'Vision stratégique et fil rouge', en: 'Strategic vision and common thread' },
      short: { fr: 'Vision', en: 'Vision' },
      summary: {
        fr: "Existe-t-il une vision d'ensemble qui relie toutes les actions extérieures entre elles et au projet de territoire ?",
        en: 'Is there an overall vision that ties every external action together and to the territory’s own project?',
      },
      questions: [
        {
          key: 'vision.written_strategy',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: "La collectivité dispose-t-elle d'une stratégie internationale écrite et adoptée ?",
            en: 'Does the authority have a written, adopted international strategy?',
          },
          levels: [
            { fr: 'Aucun document : les actions se décident au cas par cas.', en: 'No document: actions are decided one by one.' },
            {
              fr: 'Quelques orientations existent, dispersées dans des délibérations ou des discours.',
              en: 'A few orientations exist, scattered across resolutions or speeches.',
            },
            {
              fr: "Un document d'orientation existe mais n'a pas été débattu par l'assemblée.",
              en: 'A policy paper exists but the assembly never debated it.',
            },
            {
              fr: "Une stratégie écrite a été adoptée par l'assemblée et sert de référence.",
              en: 'A written strategy was adopted by the assembly and is used as a reference.',
            },
            {
              fr: 'La stratégie adoptée est revue à échéances fixes et guide chaque nouvelle action.',
              en: 'The adopted strategy is reviewed on a set schedule and guides every new action.',
            },
          ],
        },
        {
          key: 'vision.common_thread',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les actions (jumelages, coopération, réseaux, promotion, subventions) sont-elles reliées par un fil rouge commun ?',
            en: 'Are the actions (twinnings, cooperation, networks, promotion, grants) linked by one common thread?',
          },
          levels: [
            { fr: 'Les actions se juxtaposent, chacune avec sa propre histoire.', en: 'Actions sit side by side, each with its own history.' },
            { fr: 'Quelques actions se recoupent, sans que ce soit voulu.', en: 'Some actions overlap, though not by design.' },
            {
              fr: "Un fil conducteur est formulé mais ne couvre qu'une partie des actions.",
              en: 'A guiding idea has been stated but covers only part of the actions.',
            },
            {
              fr: 'Un fil rouge explicite relie la plupart des actions et sert à en choisir de nouvelles.',
              en: 'An explicit common thread links most actions and is used to choose new ones.',
            },
            {
              fr: "Toutes les actions, quelle que soit leur logique, s'inscrivent dans le fil rouge et se renforcent mutuellement.",
              en: 'Every action, whatever its rationale, fits the common thread and reinforces the others.',
            },
          ],
        },
        {
          key: 'vision.territorial_project',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'La dimension internationale est-elle intégrée au projet global de développement du territoire ?',
            en: 'Is the international dimension part of the territory’s overall development project?',
          },
          levels: [
            {
              fr: "L'international est traité à part, sans lien avec les autres politiques.",
              en: 'International work is handled apart, with no link to other policies.',
            },
            {
              fr: 'Le lien est évoqué dans les discours mais absent des documents de planification.',
              en: 'The link is mentioned in speeches but missing from planning documents.',
            },
            {
              fr: 'Certains schémas ou plans sectoriels mentionnent une dimension internationale.',
              en: 'Some sector plans or schemes mention an international dimension.',
            },
            {
              fr: 'Le projet de territoire comporte un volet international identifié.',
              en: 'The territorial project contains an identified international strand.',
            },
            {
              fr: "L'international est un levier assumé de chaque grande politique du projet de territoire.",
              en: 'International work is an acknowledged lever of every major policy in the territorial project.',
            },
          ],
        },
        {
          key: 'vision.competencies',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Les actions extérieures s'appuient-elles sur les compétences propres de la collectivité ?",
            en: 'Do the external actions build on the authority’s own legal competences?',
          },
          levels: [
            { fr: 'Personne ne sait dire à quelle compétence se rattache chaque action.', en: 'Nobody can say which competence each action relates to.' },
            { fr: 'Le rattachement est fait pour quelques actions, après coup.', en: 'A few actions have been linked to a competence, after the fact.' },
            {
              fr: 'La plupart des actions sont rattachées à une compétence, sans que cela oriente les choix.',
              en: 'Most actions are linked to a competence, but this does not steer choices.',
            },
            {
              fr: 'Les nouvelles actions sont choisies en fonction des compétences à valoriser.',
              en: 'New actions are chosen according to the competences they can draw on.',
            },
            {
              fr: 'Chaque action est reliée à une ou plusieurs compétences et les services concernés en rendent compte.',
              en: 'Every action is tied to one or more competences and the departments concerned report on it.',
            },
          ],
        },
        {
          key: 'vision.rationales',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les différentes logiques (solidarité, attractivité, échange réciproque, influence) sont-elles pensées ensemble ?',
            en: 'Are the different rationales (solidarity, attractiveness, reciprocal exchange, influence) thought through together?',
          },
          levels: [
            {
              fr: 'Une seule logique est reconnue ; les autres actions sont vues comme hors sujet.',
              en: 'Only one rationale is recognised; other actions are seen as off-topic.',
            },
            {
              fr: 'Plusieurs logiques coexistent, portées par des personnes différentes qui se parlent peu.',
              en: 'Several rationales coexist, carried by different people who rarely talk.',
            },
            {
              fr: 'Les logiques sont identifiées, mais leurs liens ne sont pas travaillés.',
              en: 'The rationales are identified, but how they connect is not worked on.',
            },
            { fr: 'Les logiques sont combinées volontairement dans plusieurs actions.', en: 'The rationales are deliberately combined in several actions.' },
            {
              fr: 'Les logiques sont articulées dans la stratégie et chaque action dit lesquelles elle sert.',
              en: 'The rationales are articulated in the strategy and each action states which ones it serves.',
            },
          ],
        },
      ],
    },
    {
      key: 'anchoring',
      weight: 2,
      title: { fr: 'Ancrage territorial et retombées attendues', en: 'Territorial anchoring and expected returns' },
      short: { fr: 'Ancrage territorial', en: 'Territorial anchoring' },
      summary: {
        fr: "La collectivité connaît-elle les liens de son territoire avec le monde, et écrit-elle ce qu'elle attend de ses actions ?",
        en: 'Does the authority know how its territory is linked to the world, and does it write down what it expects from its actions?',
      },
      questions: [
        {
          key: 'anchoring.territorial_census',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Connaissez-vous les acteurs du territoire qui ont des liens internationaux ?',
            en: 'Do you know which actors of the territory have international links?',
          },
          levels: [
            { fr: 'Aucun recensement : on connaît seulement les partenaires habituels.', en: 'No census: only the usual partners are known.' },
            { fr: 'Une liste informelle existe, tenue par une ou deux personnes.', en: 'An informal list exists, kept by one or two people.' },
            { fr: "Un recensement a été fait une fois mais n'a pas été mis à jour.", en: 'A census was carried out once but not kept up to date.' },
            {
              fr: 'Un recensement tenu à jour décrit les acteurs, leurs pays et la nature de leurs liens.',
              en: 'An up-to-date census describes the actors, their countries and the kind of links they have.',
            },
            {
              fr: 'Le recensement est partagé avec les acteurs et sert à repérer les potentiels de développement.',
              en: 'The census is shared with the actors and used to spot development potential.',
            },
          ],
        },
        {
          key: 'anchoring.expected_returns',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les retombées attendues pour le territoire sont-elles écrites avant de lancer une action ?',
            en: 'Are the returns expected for the territory written down before an action starts?',
          },
          levels: [
            { fr: 'Jamais : on espère des retombées sans les formuler.', en: 'Never: returns are hoped for but never stated.' },
            { fr: 'Parfois, en termes très généraux (« ouverture », « rayonnement »).', en: 'Sometimes, in very general terms (“openness”, “visibility”).' },
            { fr: 'Pour les actions principales, avec quelques objectifs précis.', en: 'For the main actions, with a few precise objectives.' },
            { fr: 'Pour chaque action, avec des objectifs précis et datés.', en: 'For every action, with precise, dated objectives.' },
            {
              fr: 'Pour chaque action, avec des indicateurs et une valeur de départ, partagés avec les partenaires.',
              en: 'For every action, with indicators and a baseline, shared with the partners.',
            },
          ],
        },
        {
          key: 'anchoring.observed_returns',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les retombées réellement observées sont-elles relevées, avec des éléments de preuve ?',
            en: 'Are the returns actually observed recorded, with evidence?',
          },
          levels: [
            { fr: 'Non, on ne sait pas ce que les actions ont produit ici.', en: 'No, nobody knows what the actions produced at home.' },
            { fr: 'Quelques anecdotes circulent, sans trace écrite.', en: 'A few anecdotes go round, with no written record.' },
            { fr: 'Un bilan qualitatif est rédigé pour certaines actions.', en: 'A qualitative review is written for some actions.' },
            {
              fr: 'Les retombées observées sont relevées pour chaque action et comparées aux attentes.',
              en: 'Observed returns are recorded for each action and compared with expectations.',
            },
            {
              fr: 'Les écarts entre attendu et observé sont analysés et servent à réorienter les actions.',
              en: 'Gaps between expected and observed returns are analysed and used to redirect actions.',
            },
          ],
        },
        {
          key: 'anchoring.administration_returns',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Les retombées pour l'administration elle-même (pratiques des agents, politiques publiques, visibilité, ressources) sont-elles recherchées ?",
            en: 'Are returns for the administration itself (staff practices, public policies, visibility, resources) sought?',
          },
          levels: [
            {
              fr: "Cette question ne se pose pas : l'international ne concerne pas le fonctionnement interne.",
              en: 'The question never arises: international work is not seen as touching the organisation.',
            },
            { fr: "Des agents en parlent, mais rien n'est recherché délibérément.", en: 'Staff mention them, but nothing is sought deliberately.' },
            { fr: 'Certaines actions visent explicitement des échanges de pratiques.', en: 'Some actions explicitly aim at exchanging practices.' },
            {
              fr: 'Les retombées internes attendues sont écrites et suivies pour les actions principales.',
              en: 'Expected internal returns are written down and followed for the main actions.',
            },
            {
              fr: 'Des politiques publiques ont évolué grâce aux échanges, et ces évolutions sont documentées.',
              en: 'Public policies have changed thanks to the exchanges, and the changes are documented.',
            },
          ],
        },
        {
          key: 'anchoring.integrated_returns',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Les retombées économiques et socioculturelles sont-elles pensées ensemble plutôt qu'opposées ?",
            en: 'Are economic and socio-cultural returns thought of together rather than set against each other?',
          },
          levels: [
            { fr: "Un seul type de retombée compte ; l'autre est jugé hors de propos.", en: 'Only one kind of return counts; the other is deemed irrelevant.' },
            {
              fr: 'Les deux sont cités, mais par des services qui ne se coordonnent pas.',
              en: 'Both are mentioned, but by departments that do not coordinate.',
            },
            { fr: 'Quelques actions visent les deux types de retombées.', en: 'A few actions aim at both kinds of return.' },
            {
              fr: 'La plupart des actions précisent leurs retombées économiques et sociales attendues.',
              en: 'Most actions state both their expected economic and social returns.',
            },
            {
              fr: 'Les programmes sont conçus pour que les retombées économiques et sociales se renforcent.',
              en: 'Programmes are designed so that economic and social returns reinforce each other.',
            },
          ],
        },
      ],
    },
    {
      key: 'political',
      weight: 1.5,
      title: { fr: 'Portage politique', en: 'Political support' },
      short: { fr: 'Portage politique', en: 'Political support' },
      summary: {
        fr: "Qui porte l'international parmi les élu·es, et ce portage survivrait-il à un changement ?",
        en: 'Who among the elected officials carries international work, and would that support survive a change?',
      },
      questions: [
        {
          key: 'political.chief_executive',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Quel est l'engagement du ou de la président·e ou du maire sur l'international ?",
            en: 'How committed is the chief executive (mayor or president) to international work?',
          },
          levels: [
            { fr: 'Indifférent·e ou réticent·e.', en: 'Indifferent or reluctant.' },
            { fr: "Accepte les actions existantes sans s'y impliquer.", en: 'Accepts the existing actions without taking part.' },
            { fr: "S'implique ponctuellement (déplacements, accueils de délégations).", en: 'Takes part now and then (trips, hosting delegations).' },
            {
              fr: "Défend publiquement l'action internationale et arbitre en sa faveur.",
              en: 'Publicly defends international work and arbitrates in its favour.',
            },
            {
              fr: "En a fait un axe majeur du mandat et l'a inscrit dans le projet de la collectivité.",
              en: 'Has made it a major axis of the term of office and written it into the authority’s project.',
            },
          ],
        },
        {
          key: 'political.elected_in_charge',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "L'élu·e chargé·e de l'international dispose-t-il ou elle d'une délégation réelle et de marges de manœuvre ?",
            en: 'Does the elected official in charge of international affairs have a real delegation and room to act?',
          },
          levels: [
            { fr: "Aucun·e élu·e n'est chargé·e de l'international.", en: 'No elected official is in charge of international affairs.' },
            {
              fr: "Une délégation existe sur le papier, sans moyens ni poids dans l'exécutif.",
              en: 'A delegation exists on paper, with no means or weight in the executive.',
            },
            { fr: "L'élu·e suit les dossiers mais les arbitrages se font ailleurs.", en: 'The official follows the files but decisions are made elsewhere.' },
            {
              fr: "L'élu·e pilote l'action internationale et la présente à l'assemblée.",
              en: 'The official steers international work and presents it to the assembly.',
            },
            {
              fr: "L'élu·e pilote, rend compte régulièrement et fait le lien avec ses collègues thématiques.",
              en: 'The official steers, reports regularly and links up with thematic colleagues.',
            },
          ],
        },
        {
          key: 'political.cross_cutting',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Le portage est-il partagé par les élu·es thématiques (culture, économie, jeunesse, social…) ?',
            en: 'Is support shared by thematic elected officials (culture, economy, youth, social affairs…)?',
          },
          levels: [
            { fr: "Non : l'international repose sur une seule personne.", en: 'No: international work rests on a single person.' },
            { fr: "Quelques élu·es s'y intéressent lors d'un déplacement ou d'un accueil.", en: 'A few officials take an interest during a trip or a visit.' },
            {
              fr: "Certain·es élu·es thématiques s'impliquent durablement dans une action précise.",
              en: 'Some thematic officials take lasting part in a given action.',
            },
            {
              fr: "La plupart des élu·es thématiques voient ce que l'international apporte à leur politique.",
              en: 'Most thematic officials see what international work brings to their policy.',
            },
            {
              fr: 'Les élu·es thématiques portent eux-mêmes des actions et en débattent en séance.',
              en: 'Thematic officials run actions themselves and debate them in session.',
            },
          ],
        },
        {
          key: 'political.majority_change',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "L'action internationale résisterait-elle à un changement de majorité ou d'exécutif ?",
            en: 'Would international work withstand a change of majority or of chief executive?',
          },
          levels: [
            { fr: "Elle s'arrêterait sans doute : elle est identifiée à une personne.", en: 'It would probably stop: it is identified with one person.' },
            { fr: 'Elle serait fragilisée : seuls quelques engagements sont formalisés.', en: 'It would be weakened: only a few commitments are formalised.' },
            {
              fr: "Les conventions en cours seraient tenues, l'avenir resterait incertain.",
              en: 'Running agreements would be honoured; the future would remain uncertain.',
            },
            { fr: 'Les actions sont votées largement, au-delà de la majorité actuelle.', en: 'Actions are voted by a broad majority, beyond the current one.' },
            {
              fr: 'Un consensus transpartisan, débattu, soutient la stratégie internationale.',
              en: 'A debated cross-party consensus supports the international strategy.',
            },
          ],
        },
        {
          key: 'political.funder_independence',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les choix (pays, thèmes, partenaires) sont-ils faits par la collectivité plutôt que dictés par les priorités des financeurs ?',
            en: 'Are choices (countries, themes, partners) made by the authority rather than dictated by funders’ priorities?',
          },
          levels: [
            { fr: 'Les actions suivent entièrement les appels et priorités des financeurs.', en: 'Actions entirely follow funders’ calls and priorities.' },
            {
              fr: "Les financeurs orientent la plupart des choix ; un retrait de financement arrête l'action.",
              en: 'Funders steer most choices; withdrawn funding stops the action.',
            },
            {
              fr: 'La collectivité choisit ses priorités, mais les ajuste souvent aux guichets disponibles.',
              en: 'The authority sets priorities but often adjusts them to the funding available.',
            },
            {
              fr: 'Les financements extérieurs servent des priorités fixées par la collectivité.',
              en: 'External funding serves priorities set by the authority.',
            },
            {
              fr: 'La stratégie prévoit comment poursuivre chaque action si un financeur se retire.',
              en: 'The strategy plans how each action would go on if a funder pulled out.',
            },
          ],
        },
        {
          key: 'political.elected_count',
          kind: 'number',
          prompt: {
            fr: "Combien d'élu·es ont pris part à une action internationale au cours des douze derniers mois ?",
            en: 'How many elected officials took part in an international action in the last twelve months?',
          },
          hint: {
            fr: 'Déplacements, accueils de délégations, réseaux, comités de pilotage.',
            en: 'Trips, hosting delegations, networks, steering committees.',
          },
          unit: 'people',
          min: 0,
          max: 500,
          step: 1,
        },
      ],
    },
    {
      key: 'body',
      weight: 1,
      title: { fr: 'Le service chargé de l’international', en: 'The international-relations body' },
      short: { fr: 'Service international', en: 'IR body' },
      summary: {
        fr: "Existe-t-il une équipe dédiée, avec quels moyens, et où se situe-t-elle dans l'organigramme ?",
        en: 'Is there a dedicated team, with what means, and where does it sit in the organisation chart?',
      },
      questions: [
        {
          key: 'body.dedicated',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Une équipe est-elle clairement chargée des relations internationales ?',
            en: 'Is a team clearly in charge of international relations?',
          },
          levels: [
            {
              fr: "Non : les dossiers sont suivis par des personnes qui ont d'autres missions.",
              en: 'No: files are followed by people whose job is something else.',
            },
            { fr: 'Un agent y consacre une partie de son temps, sans que ce soit officiel.', en: 'One agent spends part of their time on it, unofficially.' },
            {
              fr: "Une mission ou une cellule existe mais n'apparaît pas dans l'organigramme.",
              en: 'A unit exists but does not appear on the organisation chart.',
            },
            {
              fr: "Un service identifié, avec des missions écrites, figure dans l'organigramme.",
              en: 'An identified department with written missions appears on the organisation chart.',
            },
            {
              fr: 'Le service a des missions écrites, un plan de travail annuel et un budget propre.',
              en: 'The department has written missions, a yearly work plan and its own budget.',
            },
          ],
        },
        {
          key: 'body.staff_fte',
          kind: 'number',
          prompt: {
            fr: 'Effectif du service en équivalents temps plein (ETP)',
            en: 'Staff of the body in full-time equivalents (FTE)',
          },
          hint: { fr: "0 s'il n'y a pas de service dédié.", en: '0 when there is no dedicated body.' },
          unit: 'fte',
          min: 0,
          max: 500,
          step: 0.1,
        },
        {
          key: 'body.position',
          kind: 'choice',
          prompt: {
            fr: 'Où se situe le service par rapport à la direction générale des services (DGS) ?',
            en: 'Where does the body sit relative to the director general of services (DGS)?',
          },
          options: [
            { value: 'dgs_direct', label: { fr: 'Rattaché directement à la DGS', en: 'Reports directly to the DGS' } },
            { value: 'cabinet', label: { fr: "Rattaché au cabinet de l'exécutif", en: 'Reports to the chief executive’s office' } },
            {
              value: 'one_level',
              label: { fr: 'Un niveau sous la DGS (dans une direction générale adjointe)', en: 'One level below the DGS (within a deputy directorate)' },
            },
            { value: 'two_levels', label: { fr: 'Deux niveaux ou plus sous la DGS', en: 'Two or more levels below the DGS' } },
            { value: 'none', label: { fr: 'Pas de service dédié', en: 'No dedicated body' } },
          ],
        },
        {
          key: 'body.cross_cutting_method',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Le service travaille-t-il de façon transversale avec les autres directions ?',
            en: 'Does the body work across departments?',
          },
          levels: [
            { fr: "Il travaille seul, les autres directions ignorent ce qu'il fait.", en: 'It works alone; other departments do not know what it does.' },
            { fr: "Il sollicite les autres directions quand un projet l'exige.", en: 'It calls on other departments when a project requires it.' },
            { fr: 'Il tient informées les directions concernées de ses projets.', en: 'It keeps the departments concerned informed of its projects.' },
            {
              fr: 'Il participe aux instances de direction et croise ses projets avec ceux des autres.',
              en: 'It sits in management meetings and cross-checks its projects with others’.',
            },
            {
              fr: "Il anime un pilotage partagé de l'international avec l'ensemble des directions.",
              en: 'It runs a shared steering of international work with all departments.',
            },
          ],
        },
        {
          key: 'body.delegation_control',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Quand la gestion est confiée à un tiers (association, agence), la collectivité garde-t-elle la main sur les choix ?',
            en: 'When management is entrusted to a third party (association, agency), does the authority keep control of the choices?',
          },
          levels: [
            {
              fr: 'Le tiers décide de fait ; les partenaires étrangers ne savent plus qui est la collectivité.',
              en: 'The third party decides in practice; foreign partners no longer know who the authority is.',
            },
            { fr: 'Une convention existe, mais les choix lui échappent largement.', en: 'An agreement exists, but choices largely escape the authority.' },
            { fr: 'La convention fixe les grandes orientations, le suivi reste léger.', en: 'The agreement sets the broad lines; follow-up is light.' },
            {
              fr: "La collectivité arbitre et suit l'exécution à travers un comité régulier.",
              en: 'The authority arbitrates and follows delivery through a regular committee.',
            },
            {
              fr: "Rien n'est délégué sans objectifs, garde-fous et bilan annuel ; ou tout est géré en interne.",
              en: 'Nothing is delegated without objectives, safeguards and a yearly review; or everything is managed in-house.',
            },
          ],
        },
      ],
    },
    {
      key: 'mobilisation',
      weight: 1.5,
      title: { fr: 'Mobilisation des autres services', en: 'Mobilisation of other departments' },
      short: { fr: 'Autres services', en: 'Other departments' },
      summary: {
        fr: "Les directions thématiques prennent-elles part à l'international dans la durée, ou seulement pour une expertise ponctuelle ?",
        en: 'Do thematic departments take part in international work over time, or only for one-off expertise?',
      },
      questions: [
        {
          key: 'mobilisation.point_people',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Chaque direction concernée a-t-elle un ou une référent·e international ?',
            en: 'Does each department concerned have an international point person?',
          },
          levels: [
            { fr: 'Aucun·e référent·e : on cherche un interlocuteur à chaque projet.', en: 'No point person: a contact is sought for each project.' },
            { fr: 'Des contacts informels existent dans une ou deux directions.', en: 'Informal contacts exist in one or two departments.' },
            {
              fr: 'Des référent·es sont désigné·es dans plusieurs directions, sans rôle défini.',
              en: 'Point people are named in several departments, with no defined role.',
            },
            {
              fr: 'Chaque direction concernée a un·e référent·e au rôle écrit, réuni·e régulièrement.',
              en: 'Each department concerned has a point person with a written role, who meets the others regularly.',
            },
            {
              fr: 'Le réseau des référent·es co-construit le programme annuel et rend compte dans chaque direction.',
              en: 'The network of point people co-designs the yearly programme and reports back in each department.',
            },
          ],
        },
        {
          key: 'mobilisation.co_construction',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les services sont-ils associés dès la conception des actions ou seulement sollicités pour une expertise ponctuelle ?',
            en: 'Are departments involved from the design of actions, or only asked for one-off expertise?',
          },
          levels: [
            { fr: 'Ils ne sont pas sollicités.', en: 'They are not asked.' },
            { fr: 'Ils sont sollicités au dernier moment pour une expertise technique.', en: 'They are asked at the last minute for technical expertise.' },
            { fr: 'Ils participent à la mise en œuvre de projets déjà conçus.', en: 'They help deliver projects that were designed without them.' },
            { fr: 'Ils co-construisent les projets qui touchent leur domaine.', en: 'They co-design the projects that touch their field.' },
            {
              fr: 'Ils portent eux-mêmes des projets internationaux, coordonnés avec le service international.',
              en: 'They run international projects themselves, coordinated with the international body.',
            },
          ],
        },
        {
          key: 'mobilisation.formal_mandates',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'La participation des agents est-elle formalisée (lettre de mission, plan de travail, temps reconnu) ?',
            en: 'Is staff participation formalised (mission letter, work plan, recognised time)?',
          },
          levels: [
            { fr: 'Non : les agents participent sur leur temps libre ou pas du tout.', en: 'No: staff take part in their own time, or not at all.' },
            { fr: 'Leur hiérarchie tolère leur participation au cas par cas.', en: 'Their managers tolerate participation case by case.' },
            {
              fr: 'Un ordre de mission ou une note de la DGS légitime certaines participations.',
              en: 'A mission order or a note from the DGS legitimises some participation.',
            },
            {
              fr: 'Le temps consacré figure dans le plan de travail des services concernés.',
              en: 'The time spent appears in the work plans of the departments concerned.',
            },
            {
              fr: 'La participation est reconnue dans les entretiens annuels et la politique RH.',
              en: 'Participation is recognised in annual reviews and HR policy.',
            },
          ],
        },
        {
          key: 'mobilisation.perception',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Comment les autres services perçoivent-ils l'action internationale ?",
            en: 'How do other departments see international work?',
          },
          levels: [
            { fr: "Comme un loisir coûteux ou des voyages d'agrément.", en: 'As a costly hobby or pleasure trips.' },
            { fr: 'Comme une charge de travail supplémentaire sans intérêt pour eux.', en: 'As extra work of no interest to them.' },
            { fr: "Avec curiosité, sans bien savoir ce qu'elle recouvre.", en: 'With curiosity, without really knowing what it involves.' },
            { fr: "Comme une occasion de valoriser leur métier et d'apprendre.", en: 'As a chance to showcase their work and learn.' },
            { fr: "Comme une part normale de leur action, qu'ils demandent à développer.", en: 'As a normal part of their work, which they ask to develop.' },
          ],
        },
        {
          key: 'mobilisation.languages',
          kind: 'languages',
          prompt: {
            fr: 'Langues parlées par les agents de la collectivité',
            en: 'Languages spoken by the authority’s staff',
          },
          hint: {
            fr: "Celles qu'au moins un agent peut utiliser avec un partenaire, d'après votre dernier recensement.",
            en: 'Those at least one agent can use with a partner, according to your latest survey.',
          },
        },
        {
          key: 'mobilisation.consolidated_budget',
          kind: 'number',
          prompt: {
            fr: 'Budget international consolidé de la collectivité (toutes directions, en euros par an)',
            en: 'Consolidated international budget of the authority (all departments, euros per year)',
          },
          hint: {
            fr: "Cochez « Non connu » si personne n'additionne les dépenses internationales des différentes directions.",
            en: 'Tick “Not known” if nobody adds up the international spending of the different departments.',
          },
          unit: 'eur',
          min: 0,
          max: 10_000_000_000,
          step: 1,
        },
      ],
    },
    {
      key: 'civil_society',
      weight: 1,
      title: { fr: 'Société civile et acteurs du territoire', en: 'Civil society and territorial actors' },
      short: { fr: 'Société civile', en: 'Civil society' },
      summary: {
        fr: "La collectivité anime-t-elle le réseau des acteurs internationaux de son territoire et les soutient-elle dans l'intérêt du territoire ?",
        en: 'Does the authority lead the network of its territory’s international actors and support them in the territory’s interest?',
      },
      questions: [
        {
          key: 'civil_society.network',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: "La collectivité anime-t-elle le réseau des acteurs du territoire engagés à l'international ?",
            en: 'Does the authority lead the network of territorial actors working internationally?',
          },
          levels: [
            { fr: 'Non : chacun agit de son côté.', en: 'No: everyone acts on their own.' },
            { fr: "Des rencontres ont lieu à l'occasion d'un événement.", en: 'Meetings happen on the occasion of an event.' },
            { fr: 'Une rencontre annuelle réunit les principaux acteurs.', en: 'A yearly meeting gathers the main actors.' },
            {
              fr: 'Un réseau actif (animé en interne ou par un réseau régional) se réunit et échange régulièrement.',
              en: 'An active network (run in-house or by a regional network) meets and shares regularly.',
            },
            {
              fr: 'Le réseau coordonne les projets et contribue à la stratégie de la collectivité.',
              en: 'The network coordinates projects and contributes to the authority’s strategy.',
            },
          ],
        },
        {
          key: 'civil_society.project_support',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les porteurs de projets du territoire sont-ils accompagnés (conseil, formation, financement) ?',
            en: 'Are project leaders of the territory supported (advice, training, funding)?',
          },
          levels: [
            { fr: 'Aucun accompagnement.', en: 'No support.' },
            { fr: 'Des subventions ponctuelles, sans suivi.', en: 'Occasional grants, with no follow-up.' },
            { fr: 'Des subventions et des conseils à la demande.', en: 'Grants, and advice on request.' },
            {
              fr: 'Un accompagnement organisé : conseil, formation, suivi des projets financés.',
              en: 'Organised support: advice, training, follow-up of funded projects.',
            },
            {
              fr: 'Un accompagnement qui aide les acteurs à mesurer et partager ce que leurs projets apportent au territoire.',
              en: 'Support that helps actors measure and share what their projects bring to the territory.',
            },
          ],
        },
        {
          key: 'civil_society.calls_for_projects',
          kind: 'choice',
          prompt: {
            fr: 'Vos appels à projets internationaux demandent-ils des actions sur votre propre territoire ?',
            en: 'Do your international calls for proposals ask for actions on your own territory?',
          },
          options: [
            { value: 'no_call', label: { fr: "Pas d'appel à projets", en: 'No call for proposals' } },
            {
              value: 'no_home_criteria',
              label: { fr: 'Oui, mais aucun critère ne porte sur le territoire', en: 'Yes, but no criterion concerns the home territory' },
            },
            {
              value: 'awareness_only',
              label: { fr: "Seulement des actions de sensibilisation ou d'information", en: 'Only awareness or information actions' },
            },
            {
              value: 'home_actions',
              label: {
                fr: 'Oui, des actions concrètes sur le territoire sont un critère de sélection',
                en: 'Yes, concrete actions at home are a selection criterion',
              },
            },
          ],
        },
        {
          key: 'civil_society.diversity',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Quelle diversité d'acteurs prend part aux actions (associations, diasporas, écoles, universités, hôpitaux, entreprises, culture, jeunesse) ?",
            en: 'How diverse are the actors taking part (associations, diasporas, schools, universities, hospitals, companies, culture, youth)?',
          },
          levels: [
            { fr: "Aucun acteur du territoire n'est associé.", en: 'No actor of the territory is involved.' },
            { fr: 'Un ou deux acteurs historiques, toujours les mêmes.', en: 'One or two long-standing actors, always the same.' },
            { fr: "Plusieurs acteurs d'un même type (par exemple des associations).", en: 'Several actors of one kind (associations, for example).' },
            {
              fr: 'Des acteurs de plusieurs types, dont des diasporas ou des établissements publics.',
              en: 'Actors of several kinds, including diaspora groups or public institutions.',
            },
            {
              fr: "Une large palette d'acteurs, y compris économiques et de jeunesse, qui travaillent ensemble.",
              en: 'A wide range of actors, including businesses and youth groups, who work together.',
            },
          ],
        },
        {
          key: 'civil_society.strategy_role',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les acteurs du territoire participent-ils à la définition de la stratégie internationale ?',
            en: 'Do the territory’s actors help define the international strategy?',
          },
          levels: [
            { fr: 'Non, ils en sont seulement bénéficiaires.', en: 'No, they only benefit from it.' },
            { fr: 'Ils sont informés des décisions.', en: 'They are told about decisions.' },
            { fr: 'Ils sont consultés ponctuellement.', en: 'They are consulted now and then.' },
            { fr: 'Ils sont associés à une instance de concertation régulière.', en: 'They sit in a regular consultation body.' },
            { fr: 'Ils co-construisent les orientations et en suivent la mise en œuvre.', en: 'They co-design the orientations and follow their delivery.' },
          ],
        },
      ],
    },
    {
      key: 'coordination',
      weight: 1,
      title: { fr: 'Coordination avec les autres collectivités du territoire', en: 'Coordination with other authorities of the territory' },
      short: { fr: 'Coordination locale', en: 'Local coordination' },
      summary: {
        fr: "Commune, intercommunalité, département et région d'un même territoire s'informent-ils, dialoguent-ils, mutualisent-ils ?",
        en: 'Do the commune, intermunicipal body, département and région of one territory inform each other, talk and pool resources?',
      },
      questions: [
        {
          key: 'coordination.information',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Savez-vous ce que font à l'international les autres collectivités de votre territoire ?",
            en: 'Do you know what the other authorities of your territory do internationally?',
          },
          levels: [
            { fr: "Non, nous l'apprenons par hasard.", en: 'No, we find out by chance.' },
            { fr: 'Nous connaissons quelques actions, par contacts personnels.', en: 'We know a few actions, through personal contacts.' },
            { fr: "Nous échangeons des informations à l'occasion.", en: 'We exchange information from time to time.' },
            {
              fr: 'Un état des lieux partagé (partenaires, pays, acteurs) est tenu à jour.',
              en: 'A shared picture (partners, countries, actors) is kept up to date.',
            },
            { fr: "L'information circule systématiquement avant tout nouvel engagement.", en: 'Information is shared as a rule before any new commitment.' },
          ],
        },
        {
          key: 'coordination.dialogue',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Existe-t-il un lieu de dialogue régulier entre collectivités du territoire sur l'international ?",
            en: 'Is there a regular forum where the territory’s authorities discuss international work?',
          },
          levels: [
            { fr: 'Aucun.', en: 'None.' },
            { fr: 'Des échanges entre technicien·nes, sans cadre.', en: 'Exchanges between officers, with no framework.' },
            { fr: 'Des réunions occasionnelles entre services.', en: 'Occasional meetings between departments.' },
            {
              fr: 'Une plateforme ou un réseau se réunit régulièrement, avec des élu·es.',
              en: 'A platform or network meets regularly, with elected officials.',
            },
            {
              fr: "La plateforme fixe des orientations communes et les collectivités s'y tiennent.",
              en: 'The platform sets shared orientations and the authorities keep to them.',
            },
          ],
        },
        {
          key: 'coordination.pooling',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les collectivités du territoire mutualisent-elles des moyens ou des programmes ?',
            en: 'Do the territory’s authorities pool resources or programmes?',
          },
          levels: [
            { fr: 'Jamais ; il arrive que nous soyons en concurrence sur un même partenaire.', en: 'Never; we sometimes compete for the same partner.' },
            { fr: 'Ponctuellement, pour un événement.', en: 'Occasionally, for an event.' },
            { fr: 'Sur un projet, avec une répartition claire des rôles.', en: 'On one project, with a clear split of roles.' },
            { fr: "Sur un programme pluriannuel commun auprès d'un même partenaire.", en: 'On a joint multi-year programme with one partner.' },
            {
              fr: 'Expertises et financements sont mis en commun dans un programme concerté, chacun selon ses compétences.',
              en: 'Expertise and funding are pooled in a concerted programme, each according to its competences.',
            },
          ],
        },
        {
          key: 'coordination.visibility_tensions',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les enjeux de visibilité entre élu·es freinent-ils la coopération entre collectivités ?',
            en: 'Do visibility concerns among elected officials hold back cooperation between authorities?',
          },
          levels: [
            { fr: 'Oui, ils bloquent toute démarche commune.', en: 'Yes, they block any joint approach.' },
            { fr: "Souvent : les technicien·nes s'entendent, les exécutifs beaucoup moins.", en: 'Often: officers agree, executives far less.' },
            { fr: 'Parfois, selon les sujets.', en: 'Sometimes, depending on the topic.' },
            { fr: 'Rarement : chacun trouve sa place dans les actions communes.', en: 'Rarely: each finds its place in joint actions.' },
            { fr: 'Non : une communication commune valorise chaque collectivité.', en: 'No: joint communication gives each authority its due.' },
          ],
        },
      ],
    },
    {
      key: 'reciprocity',
      weight: 1,
      title: { fr: 'Réciprocité avec les partenaires étrangers', en: 'Reciprocity with foreign partners' },
      short: { fr: 'Réciprocité', en: 'Reciprocity' },
      summary: {
        fr: 'La relation avec les partenaires est-elle à double sens, ou la collectivité se contente-t-elle de donner ?',
        en: 'Does the relationship with partners run both ways, or does the authority only give?',
      },
      questions: [
        {
          key: 'reciprocity.joint_objectives',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les objectifs des partenariats sont-ils définis avec les partenaires ?',
            en: 'Are partnership objectives set together with the partners?',
          },
          levels: [
            { fr: 'Non, nous décidons seuls de ce que nous apportons.', en: 'No, we alone decide what we bring.' },
            { fr: 'Les partenaires expriment des demandes auxquelles nous répondons.', en: 'Partners express requests that we answer.' },
            { fr: 'Les objectifs sont discutés, mais fixés surtout par nous.', en: 'Objectives are discussed, but mostly set by us.' },
            { fr: 'Les objectifs sont négociés et écrits ensemble.', en: 'Objectives are negotiated and written together.' },
            {
              fr: "Les objectifs sont fixés ensemble et chaque partie dit ce qu'elle attend pour elle-même.",
              en: 'Objectives are set together and each side states what it expects for itself.',
            },
          ],
        },
        {
          key: 'reciprocity.two_way',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les partenaires apportent-ils aussi quelque chose à votre territoire (savoir-faire, idées, contacts) ?',
            en: 'Do partners also bring something to your territory (know-how, ideas, contacts)?',
          },
          levels: [
            { fr: 'Non, la relation va dans un seul sens.', en: 'No, the relationship runs one way.' },
            { fr: 'Quelques retours symboliques (expositions, films, visites).', en: 'A few token returns (exhibitions, films, visits).' },
            { fr: 'Des échanges de pratiques ont eu lieu, sans suite chez nous.', en: 'Practices were exchanged, with no follow-up at home.' },
            {
              fr: 'Des savoir-faire des partenaires ont été utilisés par nos services ou nos acteurs.',
              en: 'Partners’ know-how has been used by our departments or actors.',
            },
            {
              fr: 'Les apports des partenaires sont recherchés, suivis et valorisés comme les nôtres.',
              en: 'What partners bring is sought, tracked and valued as much as what we bring.',
            },
          ],
        },
        {
          key: 'reciprocity.hosting',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Accueillez-vous des agents ou des élu·es des partenaires pour travailler avec vos équipes ?',
            en: 'Do you host partners’ staff or officials to work with your teams?',
          },
          levels: [
            { fr: 'Jamais.', en: 'Never.' },
            { fr: 'Pour des visites protocolaires seulement.', en: 'For protocol visits only.' },
            { fr: "Parfois, pour des séjours d'étude.", en: 'Sometimes, for study visits.' },
            { fr: 'Régulièrement, dans le cadre des projets.', en: 'Regularly, as part of projects.' },
            {
              fr: "Les échanges d'agents sont organisés dans les deux sens et planifiés chaque année.",
              en: 'Staff exchanges run both ways and are planned every year.',
            },
          ],
        },
        {
          key: 'reciprocity.shared_governance',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les partenariats ont-ils une gouvernance partagée (comité conjoint, convention, bilans communs) ?',
            en: 'Do partnerships have shared governance (joint committee, agreement, joint reviews)?',
          },
          levels: [
            { fr: 'Aucune convention ni instance commune.', en: 'No agreement and no joint body.' },
            { fr: 'Une convention ancienne, sans instance de suivi.', en: 'An old agreement with no follow-up body.' },
            { fr: 'Une convention à jour, suivie surtout de notre côté.', en: 'An up-to-date agreement, followed mostly on our side.' },
            { fr: 'Un comité conjoint se réunit et décide des programmes.', en: 'A joint committee meets and decides on programmes.' },
            {
              fr: 'Un comité conjoint décide, évalue et révise le partenariat à parité.',
              en: 'A joint committee decides, evaluates and revises the partnership on an equal footing.',
            },
          ],
        },
      ],
    },
    {
      key: 'communication',
      weight: 1,
      title: { fr: 'Communication', en: 'Communication' },
      short: { fr: 'Communication', en: 'Communication' },
      summary: {
        fr: "L'action internationale est-elle expliquée en interne et aux habitant·es, sans être réduite à un seul message ?",
        en: 'Is international work explained internally and to residents, without being reduced to a single message?',
      },
      questions: [
        {
          key: 'communication.internal',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Les agents de la collectivité sont-ils informés de l'action internationale ?",
            en: 'Are the authority’s staff informed about international work?',
          },
          levels: [
            { fr: 'Non, elle est inconnue de la plupart des agents.', en: 'No, most staff do not know about it.' },
            { fr: "Une information ponctuelle, lors d'un événement.", en: 'Occasional information, during an event.' },
            { fr: 'Des articles réguliers dans les supports internes.', en: 'Regular articles in internal media.' },
            {
              fr: "Une information régulière et des retours d'expérience par les agents mobilisés.",
              en: 'Regular information and feedback sessions by the staff involved.',
            },
            {
              fr: 'Une communication interne organisée qui suscite des demandes de participation.',
              en: 'Organised internal communication that prompts requests to take part.',
            },
          ],
        },
        {
          key: 'communication.external',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "L'action internationale est-elle expliquée aux habitant·es de façon accessible et complète ?",
            en: 'Is international work explained to residents in an accessible, complete way?',
          },
          levels: [
            { fr: "Non, on évite d'en parler.", en: 'No, it is kept quiet.' },
            { fr: 'Seulement lors de visites officielles.', en: 'Only during official visits.' },
            {
              fr: 'Une page ou une brochure, centrée sur un seul message (souvent la solidarité).',
              en: 'A web page or brochure, built on a single message (often solidarity).',
            },
            {
              fr: 'Une communication régulière qui présente les différentes actions et leurs raisons.',
              en: 'Regular communication presenting the various actions and their reasons.',
            },
            {
              fr: 'Une communication qui rend compte des résultats, ici et chez les partenaires.',
              en: 'Communication that reports results, at home and in partner territories.',
            },
          ],
        },
        {
          key: 'communication.results',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "Communiquez-vous sur les retombées pour le territoire, preuves à l'appui ?",
            en: 'Do you communicate about returns for the territory, with evidence?',
          },
          levels: [
            { fr: 'Non.', en: 'No.' },
            { fr: 'Par des formules générales, sans exemple.', en: 'With general phrases, no examples.' },
            { fr: 'Par quelques exemples choisis.', en: 'With a few chosen examples.' },
            { fr: 'Par un bilan annuel chiffré et illustré.', en: 'With a yearly review, with figures and examples.' },
            {
              fr: 'Par un bilan annuel qui présente aussi les écarts entre attendu et obtenu.',
              en: 'With a yearly review that also shows gaps between what was expected and achieved.',
            },
          ],
        },
        {
          key: 'communication.elected',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: "L'assemblée délibérante est-elle informée régulièrement de l'action internationale ?",
            en: 'Is the deliberative assembly regularly informed about international work?',
          },
          levels: [
            { fr: 'Seulement quand une subvention est votée.', en: 'Only when a grant is voted.' },
            { fr: 'Par des délibérations votées sans débat.', en: 'Through resolutions voted without debate.' },
            { fr: 'Par une présentation occasionnelle en commission.', en: 'Through an occasional presentation in committee.' },
            { fr: 'Par un rapport annuel présenté en séance.', en: 'Through a yearly report presented in session.' },
            {
              fr: "Par un rapport annuel débattu, suivi d'ajustements de la stratégie.",
              en: 'Through a debated yearly report, followed by adjustments to the strategy.',
            },
          ],
        },
      ],
    },
    {
      key: 'evaluation',
      weight: 1,
      title: { fr: 'Évaluation', en: 'Evaluation' },
      short: { fr: 'Évaluation', en: 'Evaluation' },
      summary: {
        fr: 'Les actions sont-elles évaluées, ici et chez les partenaires, et les enseignements sont-ils utilisés ?',
        en: 'Are actions evaluated, at home and in partner territories, and are the lessons used?',
      },
      questions: [
        {
          key: 'evaluation.indicators',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Des objectifs mesurables et des indicateurs sont-ils fixés au lancement des actions ?',
            en: 'Are measurable objectives and indicators set when actions start?',
          },
          levels: [
            { fr: 'Non.', en: 'No.' },
            { fr: 'Des objectifs généraux, sans indicateur.', en: 'General objectives, no indicators.' },
            {
              fr: "Des indicateurs pour certaines actions, surtout d'activité (nombre de missions, de participants).",
              en: 'Indicators for some actions, mostly about activity (number of missions, participants).',
            },
            { fr: 'Des indicateurs de résultat avec une valeur de départ et une cible.', en: 'Outcome indicators with a baseline and a target.' },
            {
              fr: 'Des indicateurs de résultat partagés avec les partenaires et suivis chaque année.',
              en: 'Outcome indicators shared with partners and followed every year.',
            },
          ],
        },
        {
          key: 'evaluation.practice',
          kind: 'maturity',
          weight: 2,
          prompt: {
            fr: 'Les actions sont-elles évaluées ?',
            en: 'Are actions evaluated?',
          },
          levels: [
            { fr: 'Jamais.', en: 'Never.' },
            { fr: "Un bilan d'activité, sans analyse des effets.", en: 'An activity report, with no analysis of effects.' },
            {
              fr: "Certaines actions font l'objet d'une évaluation, le plus souvent exigée par un financeur.",
              en: 'Some actions are evaluated, usually because a funder requires it.',
            },
            {
              fr: 'Les actions principales sont évaluées, ici comme chez les partenaires.',
              en: 'The main actions are evaluated, at home as well as in partner territories.',
            },
            {
              fr: "Un plan d'évaluation couvre toutes les actions, avec des regards extérieurs.",
              en: 'An evaluation plan covers every action, with outside reviewers.',
            },
          ],
        },
        {
          key: 'evaluation.joint',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les évaluations sont-elles menées avec les partenaires ?',
            en: 'Are evaluations carried out with the partners?',
          },
          levels: [
            { fr: 'Non.', en: 'No.' },
            { fr: 'Les partenaires fournissent des informations, nous concluons seuls.', en: 'Partners provide information; we draw conclusions alone.' },
            { fr: 'Les conclusions sont partagées avec les partenaires.', en: 'Conclusions are shared with the partners.' },
            {
              fr: "L'évaluation est conduite ensemble, avec des questions des deux côtés.",
              en: 'Evaluation is carried out together, with questions from both sides.',
            },
            { fr: "L'évaluation conjointe débouche sur des décisions prises ensemble.", en: 'Joint evaluation leads to decisions made together.' },
          ],
        },
        {
          key: 'evaluation.use',
          kind: 'maturity',
          weight: 1,
          prompt: {
            fr: 'Les enseignements des évaluations changent-ils les actions ?',
            en: 'Do evaluation lessons change the actions?',
          },
          levels: [
            { fr: "Il n'y a pas d'enseignement à utiliser.", en: 'There are no lessons to use.' },
            { fr: 'Les rapports sont classés sans suite.', en: 'Reports are filed and forgotten.' },
            { fr: 'Quelques ajustements sont faits au renouvellement des conventions.', en: 'A few adjustments are made when agreements are renewed.' },
            { fr: 'Un plan de suites est établi après chaque évaluation.', en: 'A follow-up plan is drawn up after every evaluation.' },
            {
              fr: 'Les suites sont tenues et présentées aux élu·es et aux partenaires.',
              en: 'Follow-ups are delivered and presented to elected officials and partners.',
            },
          ],
        },
      ],
    },
  ],
};

/**
 * Version 2026.2 (issue #25): the political support scale no longer rewards reliance on one
 * chief executive; the competences question says what the law requires; three legal duties of
 * external action are asked. Diagnostics run with 2026.1 keep their questions.
 */
const V2_REPLACED: Record<string, Question> = {
  'political.chief_executive': {
    key: 'political.chief_executive',
    kind: 'maturity',
    weight: 1,
    prompt: {
      fr: "Comment le ou la président·e ou le maire soutient-il l'international, sans que tout repose sur sa personne ?",
      en: 'How does the chief executive (mayor or president) support international work, without everything resting on them?',
    },
    hint: {
      fr: "Un portage qui ne tient qu'à l'exécutif est un risque : au changement de mandat, l'action s'arrête. Le niveau le plus haut est un soutien partagé.",
      en: 'Support that hangs on the chief executive alone is a risk: when the term ends, the work stops. The top level is shared support.',
    },
    levels: [
      { fr: 'Indifférent·e ou réticent·e.', en: 'Indifferent or reluctant.' },
      { fr: "Accepte les actions existantes sans s'y impliquer.", en: 'Accepts the existing actions without taking part.' },
      {
        fr: "S'implique personnellement (déplacements, accueils), mais l'international reste son affaire.",
        en: 'Takes part in person (trips, visits), but international work remains their own business.',
      },
      {
        fr: "Défend publiquement l'action internationale et en confie le pilotage à un·e élu·e délégué·e.",
        en: 'Publicly defends international work and entrusts its steering to a delegated official.',
      },
      {
        fr: "Fait porter l'action internationale par l'assemblée et les élu·es thématiques, pour qu'elle survive à son mandat.",
        en: 'Has the assembly and thematic officials carry international work, so that it outlives their term.',
      },
    ],
  },
  'vision.competencies': {
    key: 'vision.competencies',
    kind: 'maturity',
    weight: 1,
    prompt: {
      fr: "Les actions extérieures s'appuient-elles sur les compétences de la collectivité ?",
      en: 'Do the external actions build on the authority’s competences?',
    },
    hint: {
      fr: "Depuis la loi du 2 février 2007, une commune, un département ou une région peut agir à l'international hors de ses compétences (CGCT, art. L1115-1) : les y relier est une bonne pratique, pas une limite légale. Les EPCI et syndicats restent tenus par leurs compétences, comme l'exigent aussi certains financeurs.",
      en: 'Since the law of 2 February 2007, a commune, département or Région may act internationally outside its competences (CGCT, art. L1115-1): linking actions to them is good practice, not a legal limit. Intermunicipal bodies and syndicates remain bound by their competences, as some funders also require.',
    },
    levels: [
      { fr: 'Personne ne sait dire à quelle compétence se rattache chaque action.', en: 'Nobody can say which competence each action relates to.' },
      { fr: 'Le rattachement est fait pour quelques actions, après coup.', en: 'A few actions have been linked to a competence, after the fact.' },
      {
        fr: 'La plupart des actions sont rattachées à une compétence, sans que cela oriente les choix.',
        en: 'Most actions are linked to a competence, but this does not steer choices.',
      },
      {
        fr: 'Les nouvelles actions sont choisies en fonction des compétences à valoriser.',
        en: 'New actions are chosen according to the competences they can draw on.',
      },
      {
        fr: 'Chaque action est reliée à une ou plusieurs compétences et les services concernés en rendent compte.',
        en: 'Every action is tied to one or more competences and the departments concerned report on it.',
      },
    ],
  },
};

/** Legal duties of external action, asked as facts at the end of their dimension. */
const V2_ADDED: Record<string, Question[]> = {
  reciprocity: [
    {
      key: 'reciprocity.agreements_prefect',
      kind: 'choice',
      prompt: {
        fr: 'Vos conventions avec des autorités locales étrangères sont-elles transmises au préfet ?',
        en: 'Are your agreements with foreign local authorities sent to the prefect?',
      },
      hint: {
        fr: "Elles précisent l'objet des actions et le montant prévisionnel des engagements financiers, et n'entrent en vigueur qu'à leur transmission au représentant de l'État (CGCT, art. L1115-1).",
        en: 'They state the purpose of the actions and the forecast financial commitment, and only take effect once sent to the State’s representative (CGCT, art. L1115-1).',
      },
      options: [
        {
          value: 'all_sent',
          label: { fr: 'Oui, toutes, avec leur objet et leur montant prévisionnel', en: 'Yes, all of them, with their purpose and forecast amount' },
        },
        { value: 'some_sent', label: { fr: 'Certaines seulement', en: 'Only some' } },
        { value: 'not_sent', label: { fr: 'Non, ou nous ne savons pas', en: 'No, or we do not know' } },
        {
          value: 'no_agreement',
          label: { fr: "Nous n'avons pas de convention avec une autorité étrangère", en: 'We have no agreement with a foreign authority' },
        },
      ],
    },
  ],
  civil_society: [
    {
      key: 'civil_society.grant_agreements',
      kind: 'choice',
      prompt: {
        fr: "Les subventions de plus de 23 000 € à un organisme (association, ONG) pour un projet international font-elles l'objet d'une convention ?",
        en: 'Do grants of more than €23,000 to a body (association, NGO) for an international project come with an agreement?',
      },
      hint: {
        fr: "Obligatoire au-delà de 23 000 € par an : la convention définit l'objet, le montant et les conditions d'emploi de la subvention (loi n° 2000-321 du 12 avril 2000, art. 10 ; décret n° 2001-495 du 6 juin 2001).",
        en: 'Compulsory above €23,000 a year: the agreement sets the purpose, amount and conditions of use of the grant (law no. 2000-321 of 12 April 2000, art. 10; decree no. 2001-495 of 6 June 2001).',
      },
      options: [
        { value: 'always', label: { fr: 'Toujours', en: 'Always' } },
        { value: 'sometimes', label: { fr: 'Pas toujours', en: 'Not always' } },
        { value: 'never', label: { fr: 'Jamais', en: 'Never' } },
        { value: 'no_large_grant', label: { fr: 'Aucune subvention ne dépasse 23 000 €', en: 'No grant exceeds €23,000' } },
      ],
    },
  ],
  communication: [
    {
      key: 'communication.yearly_declaration',
      kind: 'choice',
      prompt: {
        fr: 'Déclarez-vous chaque année votre action extérieure et votre aide publique au développement au ministère des affaires étrangères ?',
        en: 'Do you declare your external action and official development assistance to the foreign ministry every year?',
      },
      hint: {
        fr: "Les collectivités et leurs groupements transmettent chaque année les informations sur leur action extérieure, qui alimentent l'atlas de la coopération décentralisée (CGCT, art. L1115-6).",
        en: 'Authorities and their groupings send each year the information on their external action, which feeds the atlas of decentralised cooperation (CGCT, art. L1115-6).',
      },
      options: [
        { value: 'every_year', label: { fr: 'Oui, chaque année', en: 'Yes, every year' } },
        { value: 'some_years', label: { fr: 'Certaines années', en: 'Some years' } },
        { value: 'never', label: { fr: 'Jamais, ou nous ne savons pas', en: 'Never, or we do not know' } },
      ],
    },
  ],
};

const V2: Questionnaire = {
  version: '2026.2',
  dimensions: V1.dimensions.map((dimension) => ({
    ...dimension,
    questions: [...dimension.questions.map((q) => V2_REPLACED[q.key] ?? q), ...(V2_ADDED[dimension.key] ?? [])],
  })),
};

/** Every questionnaire version ever used, by version. Never remove one that diagnostics use. */
export const QUESTIONNAIRES: Record<string, Questionnaire> = { [V1.version]: V1, [V2.version]: V2 };

/** The version new diagnostics are run with. */
export const CURRENT_QUESTIONNAIRE_VERSION = V2.version;

/** The questionnaire of a version (the current one when the version is unknown). */
export function getQuestionnaire(version: string = CURRENT_QUESTIONNAIRE_VERSION): Questionnaire {
  return QUESTIONNAIRES[version] ?? V2;
}

/** A dimension of a questionnaire by key, or undefined. */
export function findDimension(questionnaire: Questionnaire, key: string): Dimension | undefined {
  return questionnaire.dimensions.find((d) => d.key === key);
}

/** A question of a questionnaire by key, with its dimension, or undefined. */
export function findQuestion(questionnaire: Questionnaire, key: string): { question: Question; dimension: Dimension } | undefined {
  for (const dimension of questionnaire.dimensions) {
    const question = dimension.questions.find((q) => q.key === key);
    if (question) return { question, dimension };
  }
  return undefined;
}
