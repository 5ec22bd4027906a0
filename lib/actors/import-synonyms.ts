// The words people write in their own files for the closed lists of an import, in French and
// English, kept as data (issue 17). Compared without accents, case or punctuation. A synonym with
// `fr` / `abroad` targets is decided by the row's country: an "association" in France is one of the
// territory's, one in Senegal is a partner-side NGO. `null` means that no target is suggested on
// that side: the person chooses (a "collectivité" in France may be of the territory or not).
import type { ActorCategory, RelationType } from '@/db/schema/actors';

export type ScopedTarget<T> = T | { fr: T | null; abroad: T | null };

export const CATEGORY_SYNONYMS: [ScopedTarget<ActorCategory>, string[]][] = [
  [
    { fr: null, abroad: 'partner_authority' },
    [
      'collectivite',
      'collectivite territoriale',
      'collectivite locale',
      'autorite locale',
      'local authority',
      'local government',
      'municipality',
      'municipalite',
      'mairie',
      'ville',
      'commune',
      'city',
      'town',
      'province',
      'region',
      'departement',
      'conseil regional',
      'conseil departemental',
      'county',
    ],
  ],
  [
    { fr: 'french_authority', abroad: 'partner_authority' },
    [
      'collectivite partenaire',
      'partner authority',
      'partner local authority',
      'collectivite etrangere',
      'foreign local authority',
      'ville partenaire',
      'ville jumelle',
      'sister city',
      'twin town',
    ],
  ],
  [{ fr: 'french_authority', abroad: null }, ['collectivite francaise', 'autre collectivite', 'french local authority']],
  [
    { fr: 'local_epci', abroad: 'partner_authority' },
    ['intercommunalite', 'epci', 'communaute de communes', 'communaute d agglomeration', 'communaute urbaine', 'metropole', 'intercommunality'],
  ],
  [{ fr: 'local_syndicat', abroad: null }, ['syndicat', 'syndicat mixte', 'syndicat intercommunal', 'syndicate']],
  [{ fr: 'twinning_committee', abroad: 'partner_ngo' }, ['comite de jumelage', 'twinning committee', 'twinning association', 'association de jumelage']],
  [
    { fr: 'association', abroad: 'partner_ngo' },
    [
      'association',
      'ong',
      'ngo',
      'osc',
      'societe civile',
      'civil society',
      'association ou ong',
      'ong locale',
      'local ngo',
      'charity',
      'non profit',
      'fondation locale',
    ],
  ],
  [{ fr: 'diaspora', abroad: null }, ['diaspora', 'association de diaspora', 'osim', 'diaspora group', 'diaspora association']],
  [{ fr: 'school', abroad: 'partner_institution' }, ['ecole', 'lycee', 'college', 'etablissement scolaire', 'school', 'high school']],
  [
    { fr: 'university', abroad: 'partner_institution' },
    ['universite', 'university', 'recherche', 'research', 'enseignement superieur', 'higher education', 'institut'],
  ],
  [{ fr: 'hospital', abroad: 'partner_institution' }, ['hopital', 'chu', 'centre hospitalier', 'hospital', 'sante', 'health']],
  [{ fr: 'company', abroad: null }, ['entreprise', 'societe', 'company', 'business', 'pme', 'prive', 'private sector', 'secteur prive']],
  [
    { fr: 'chamber', abroad: null },
    ['chambre consulaire', 'chambre de commerce', 'cci', 'chambre d agriculture', 'chambre des metiers', 'chamber of commerce'],
  ],
  [{ fr: 'cultural', abroad: null }, ['culture', 'structure culturelle', 'musee', 'theatre', 'festival', 'cultural', 'museum']],
  [{ fr: 'youth', abroad: null }, ['jeunesse', 'structure jeunesse', 'youth', 'mission locale', 'maison des jeunes']],
  [{ fr: 'regional_network', abroad: null }, ['reseau regional', 'rrma', 'reseau regional multi acteurs', 'regional network']],
  [
    { fr: 'authority_association', abroad: 'network' },
    ['reseau', 'reseau de collectivites', 'network', 'network of local governments', 'association de collectivites', 'cites unies france', 'cuf'],
  ],
  [
    { fr: 'authority_association', abroad: 'partner_mayors_association' },
    ['association de maires', 'association des maires', 'association of mayors', 'mayors association', 'union des communes', 'amf', 'adf'],
  ],
  [
    { fr: 'state_service', abroad: 'partner_agency' },
    [
      'etat',
      'service de l etat',
      'services de l etat',
      'prefecture',
      'ministere',
      'state',
      'state service',
      'ministry',
      'government',
      'gouvernement',
      'administration',
    ],
  ],
  [
    { fr: 'state_operator', abroad: 'partner_agency' },
    ['agence', 'agence nationale', 'operateur', 'operateur de l etat', 'agency', 'national agency', 'state agency', 'etablissement public'],
  ],
  ['funder_other', ['bailleur', 'bailleur de fonds', 'financeur', 'funder', 'donor', 'fondation', 'foundation', 'mecene']],
  ['funder_agency', ['afd', 'agence francaise de developpement', 'agence de developpement', 'development agency']],
  [
    'funder_ministry',
    ['meae', 'ministere des affaires etrangeres', 'foreign ministry', 'daect', 'delegation pour l action exterieure des collectivites territoriales'],
  ],
  ['funder_eu', ['union europeenne', 'ue', 'eu', 'european union', 'commission europeenne', 'european commission', 'interreg', 'erasmus']],
  [
    'international_org',
    ['organisation internationale', 'international organisation', 'international organization', 'onu', 'un', 'nations unies', 'united nations'],
  ],
  ['embassy', ['ambassade', 'consulat', 'embassy', 'consulate']],
  [{ fr: 'elected_official', abroad: null }, ['elu', 'elue', 'elected official', 'councillor', 'conseiller']],
];

export const RELATION_TYPE_SYNONYMS: [RelationType, string[]][] = [
  ['partnership', ['partenariat', 'partenaire', 'partner', 'cooperation', 'cooperation decentralisee', 'decentralised cooperation', 'convention']],
  ['twinning', ['jumelage', 'jumele', 'twinning', 'twin', 'sister city', 'ville jumelle']],
  ['funding', ['financement', 'finance', 'subvention', 'bailleur', 'funding', 'funds', 'grant', 'cofinancement']],
  ['membership', ['adhesion', 'membre', 'adherent', 'member', 'membership']],
  ['coordination', ['coordination', 'coordonne', 'animation', 'pilotage', 'coordinates']],
  ['supervision', ['tutelle', 'supervision', 'supervises', 'rattachement']],
  ['other', ['autre', 'other', 'divers']],
];
