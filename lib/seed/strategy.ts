import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { diagnosticFollowUps, externalActions, strategyCoherenceSnapshots } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import { AxisInput, IndicatorInput, PlacementInput, StrategyInput } from '@/lib/strategy/schemas';
import { attachFollowUp, createAxis, createIndicator, getCoherence, setPlacement, recordIndicatorValue, saveStrategy } from '@/lib/strategy/queries';
import { addMonths, isoDay } from '@/lib/strategy/progress';

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
  const indicators: { values: IndicatorInput; points: [number, number, string][] }[] = [
    {
      values: IndicatorInput.parse({
        axisId: axisIds.get('youth'),
        name: 'Jeunes du Val-d’Argence partis en mobilité',
        unit: 'jeunes',
        baseline: 120,
        target: 400,
        targetDate: `${year + 2}-12-31`,
        ownerId: users.get('contributor@demo.filrouge.eu'),
        frequency: 'quarterly',
      }),
      points: [
        [15, 160, 'Bilan Erasmus+ et jumelages'],
        [10, 205, 'Bilan Erasmus+ et jumelages'],
        [5, 240, 'Tableau de suivi de la mission jeunesse'],
      ],
    },
    {
      values: IndicatorInput.parse({
        axisId: axisIds.get('water'),
        name: 'Habitants de Tamboura ayant accès à l’eau potable',
        unit: 'habitants',
        baseline: 4000,
        target: 12000,
        targetDate: `${year + 1}-12-31`,
        ownerId: users.get('editor@demo.filrouge.eu'),
        frequency: 'half_yearly',
      }),
      points: [
        [11, 6000, 'Rapport du syndicat des eaux de Tamboura'],
        [3, 8400, 'Mission de suivi sur place'],
      ],
    },
    {
      values: IndicatorInput.parse({
        axisId: axisIds.get('economy'),
        name: 'Entreprises accompagnées à l’international',
        unit: 'entreprises',
        baseline: 5,
        target: 30,
        targetDate: `${year + 3}-12-31`,
        ownerId: users.get('admin@demo.filrouge.eu'),
        frequency: 'yearly',
      }),
      points: [[14, 9, 'Bilan de la mission économique']],
    },
    {
      values: IndicatorInput.parse({
        actionId: actionId('Nioro-Kaya : correspondances'),
        name: 'Collégiens en correspondance avec Nioro-Kaya',
        unit: 'élèves',
        baseline: 0,
        target: 300,
        targetDate: `${year + 1}-06-30`,
        ownerId: users.get('contributor@demo.filrouge.eu'),
        frequency: 'quarterly',
      }),
      points: [
        [4, 90, 'Plateforme d’échanges des collèges'],
        [1, 140, 'Plateforme d’échanges des collèges'],
      ],
    },
  ];
  for (const indicator of indicators) {
    if (!indicator.values.axisId && !indicator.values.actionId) continue;
    const id = createIndicator(tx, ctx, indicator.values, started).data.id;
    for (const [months, value, source] of indicator.points)
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
