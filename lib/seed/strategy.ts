import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { diagnosticFollowUps, externalActions, strategyCoherenceSnapshots } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import { AxisInput, IndicatorInput, PlacementInput, StrategyInput } from '@/lib/strategy/schemas';
import { attachFollowUp, createAxis, createIndicator, getCoherence, setPlacement, recordIndicatorValue, saveStrategy } from '@/lib/strategy/queries';
import { addMonths, isoDay } from '@/lib/strategy/progress';
import type { IndicatorFrequency } from '@/db/schema/strategy';

const AXES = [
  {
    key: 'youth',
    title: 'Jeunesse et mobilité internationale',
    objectives: [
      'Offrir une expérience de mobilité à chaque jeune qui le souhaite, en priorité aux jeunes les moins mobiles',
      'Faire des collèges des lieux d’ouverture au monde',
    ],
    actions: ['Jumelage Lindenau', 'Nioro-Kaya : correspondances', 'Erasmus+ Jeunesse', 'Bouaké-Lac'],
  },
  {
    key: 'water',
    title: 'Eau et santé : une solidarité de compétences',
    objectives: [
      'Mettre l’expertise des services de l’eau et de la santé au service des partenaires',
      'Faire revenir cette expérience dans les pratiques des agents',
    ],
    actions: ['Nioro-Kaya : santé', 'Tamboura', 'Đông Hòa', 'Kaolack-Est', 'Adhésion au Réseau international des collectivités pour l’eau'],
  },
  {
    key: 'economy',
    title: 'Attractivité et économie du territoire',
    objectives: [
      'Faire connaître les savoir-faire et les filières du Val-d’Argence, aux côtés de la Région et de la CCI',
      'Faire connaître la destination Val-d’Argence',
    ],
    actions: ['Salon international du tourisme', 'Mission de la Région au Viêt Nam', 'Aït Tafraout', 'Vila Serena'],
  },
  {
    key: 'culture',
    title: 'Culture, patrimoine et vivre-ensemble',
    objectives: ['Associer les diasporas du territoire aux échanges culturels', 'Partager le patrimoine et les archives avec les villes jumelles'],
    actions: ['Festival des Suds : coproduction', 'Jumelage Valmaggiore', 'Accueil d’artistes de Nioro-Kaya'],
  },
] as const;

/** Actions deliberately left outside the thread, with the reason. */
const OUTSIDE: [string, string][] = [
  ['Adhésion à l’AFCCRE', 'Adhésion statutaire votée avant la stratégie ; à réexaminer à son renouvellement.'],
  ['Adhésion au réseau national des collectivités pour la coopération', 'Réseau d’information utile à toute l’équipe, sans lien avec un axe en particulier.'],
];

/**
 * The demo indicators: on an axis (by key) or an action (by the start of its title), the target
 * date as [years from now, month-day], the owner's demo account (`<owner>@demo.filrouge.eu`).
 */
type SeedIndicator = [
  key: string,
  on: { axis: string } | { action: string },
  name: string,
  unit: string,
  baseline: number,
  target: number,
  due: [years: number, monthDay: string],
  owner: string,
  frequency: IndicatorFrequency,
];
const INDICATORS: SeedIndicator[] = [
  ['youth', { axis: 'youth' }, 'Jeunes du Val-d’Argence partis en mobilité', 'jeunes', 120, 400, [2, '12-31'], 'contributor', 'quarterly'],
  ['water', { axis: 'water' }, 'Habitants de Tamboura ayant accès à l’eau potable', 'habitants', 4000, 12000, [1, '12-31'], 'editor', 'half_yearly'],
  ['economy', { axis: 'economy' }, 'Entreprises accompagnées à l’international', 'entreprises', 5, 30, [3, '12-31'], 'admin', 'yearly'],
  [
    'pupils',
    { action: 'Nioro-Kaya : correspondances' },
    'Collégiens en correspondance avec Nioro-Kaya',
    'élèves',
    0,
    300,
    [1, '06-30'],
    'contributor',
    'quarterly',
  ],
];

/** The values observed for them. */
const INDICATOR_VALUES: [indicator: string, monthsAgo: number, value: number, source: string][] = [
  ['youth', 15, 160, 'Bilan Erasmus+ et jumelages'],
  ['youth', 10, 205, 'Bilan Erasmus+ et jumelages'],
  ['youth', 5, 240, 'Tableau de suivi de la mission jeunesse'],
  ['water', 11, 6000, 'Rapport du syndicat des eaux de Tamboura'],
  ['water', 3, 8400, 'Mission de suivi sur place'],
  ['economy', 14, 9, 'Bilan de la mission économique'],
  ['pupils', 4, 90, 'Plateforme d’échanges des collèges'],
  ['pupils', 1, 140, 'Plateforme d’échanges des collèges'],
];

/**
 * Seeds the département's common thread: vision, four axes with objectives, the demo actions
 * placed on them (two outside the thread, a few left unplaced), indicators with observed values
 * (two of them overdue, one owned by the contributor), a follow-up item taken up, and three
 * weeks of coherence figures for the trend. Must run after the actions and diagnostic seeds.
 */
export function seedStrategy(tx: Tx, { workspaceId, slug, users }: { workspaceId: string; slug: string; users: Map<string, string> }, now: Date) {
  const ctx: MemberContext = { userId: users.get('editor@demo.filrouge.eu')!, workspaceId, workspaceSlug: slug, role: 'editor', actorId: null };
  const year = now.getFullYear();
  const today = isoDay(now);
  const ago = (months: number) => addMonths(today, -months);
  const at = (day: string) => () => new Date(`${day}T09:00:00Z`);
  saveStrategy(
    tx,
    ctx,
    StrategyInput.parse({
      // From last year, or the year before in January–February: the oldest demo value (14 months
      // ago) must lie within the term, which values are now checked against (issue 21).
      periodStart: Math.min(year - 1, Number(ago(14).slice(0, 4))),
      periodEnd: year + 4,
      vision:
        'Un Val-d’Argence ouvert sur le monde, dont les habitants, les jeunes, les entreprises et les services tirent profit de chaque coopération, et qui partage avec ses partenaires ce qu’il sait faire.',
      thread:
        'Nous coopérons là où nos compétences départementales — jeunesse, eau, solidarités, culture — font grandir le territoire et ses partenaires à la fois.',
      principles:
        'Réciprocité : chaque action attend des retombées ici et là-bas\nAncrage : chaque action s’appuie sur une compétence et une direction du Département\nÉvaluation : chaque axe a ses indicateurs, mis à jour à date',
      version: 0,
    }),
  );
  const actions = tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(externalActions)
    .where(eq(externalActions.workspaceId, workspaceId))
    .all();
  const actionId = (prefix: string) => actions.find((a) => a.title.startsWith(prefix))?.id;
  const axisIds = new Map<string, string>();
  for (const axis of AXES) {
    const id = createAxis(tx, ctx, AxisInput.parse({ title: axis.title, objectives: axis.objectives.join('\n') })).data.id;
    axisIds.set(axis.key, id);
    for (const prefix of axis.actions) {
      const found = actionId(prefix);
      if (found) setPlacement(tx, ctx, PlacementInput.parse({ actionId: found, placement: id }));
    }
  }
  for (const [prefix, reason] of OUTSIDE) {
    const found = actionId(prefix);
    if (found) setPlacement(tx, ctx, PlacementInput.parse({ actionId: found, placement: 'outside', outsideReason: reason }));
  }
  const started = at(ago(18));
  for (const [key, on, name, unit, baseline, target, [years, monthDay], owner, frequency] of INDICATORS) {
    const values = IndicatorInput.parse({
      ...('axis' in on ? { axisId: axisIds.get(on.axis) } : { actionId: actionId(on.action) }),
      name,
      unit,
      baseline,
      target,
      targetDate: `${year + years}-${monthDay}`,
      ownerId: users.get(`${owner}@demo.filrouge.eu`),
      frequency,
    });
    if (!values.axisId && !values.actionId) continue;
    const id = createIndicator(tx, ctx, values, started).data.id;
    for (const [, months, value, source] of INDICATOR_VALUES.filter(([indicator]) => indicator === key))
      recordIndicatorValue(tx, ctx, { indicatorId: id, observedOn: ago(months), value, source }, () => now);
  }
  // The calls-for-projects recommendation is taken up by the solidarity axis's work; the others wait.
  const followUp = tx
    .select({ id: diagnosticFollowUps.id })
    .from(diagnosticFollowUps)
    .where(and(eq(diagnosticFollowUps.workspaceId, workspaceId), eq(diagnosticFollowUps.ruleKey, 'calls_without_home_criteria')))
    .get();
  if (followUp) attachFollowUp(tx, ctx, { followUpId: followUp.id, axisId: axisIds.get('water')! });
  // Three weeks of figures, rising as actions were placed, ending with today's real figure.
  const figure = getCoherence(tx, ctx, { clock: () => now, locale: 'fr' }).snapshot!;
  const days = 21;
  for (let i = days; i >= 1; i--) {
    const day = isoDay(new Date(now.getTime() - i * 86_400_000));
    const score = Math.max(0, Math.round(figure.score - (i / days) * 30));
    tx.insert(strategyCoherenceSnapshots)
      .values({ workspaceId, day, score, passed: Math.max(0, figure.passed - Math.ceil(i / 8)), total: figure.total })
      .run();
  }
  tx.insert(strategyCoherenceSnapshots)
    .values({ workspaceId, day: today, ...figure })
    .run();
}
