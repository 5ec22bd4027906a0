import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actorRelations,
  actors,
  adoptions,
  documentSections,
  documentVersions,
  externalActionCompetencies,
  externalActions,
  reviewReviewers,
  reviews,
  strategies,
  strategyActionPlacements,
  strategyAxes,
} from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/policy';
import type { Locale } from '@/lib/i18n/config';
import { listDiagnostics, loadAnswers } from '@/lib/diagnostic/queries';
import { getQuestionnaire } from '@/lib/diagnostic/questionnaire';
import { dimensionProgress } from '@/lib/diagnostic/scoring';
import { getReviewState } from '@/lib/review/queries';
import { listIndicators } from '@/lib/strategy/queries';
import { systemClock, type Clock } from '@/lib/strategy/progress';
import { listLateDebriefs } from '@/lib/missions/queries';

/**
 * The home page's journey (issue 17, point 3): the method's seven steps, each with its state
 * measured from the data and the next useful step as a link, and what awaits the caller — the
 * decision a reviewer is asked for and by when, what is assigned to a contributor. Computed by a
 * fixed number of statements whatever the workspace's size (one of them a row of scalar counts).
 * docs/decisions/0016-home-journey-and-truthful-figures.md.
 */

export const JOURNEY_STEPS = ['diagnostic', 'actors', 'actions', 'thread', 'document', 'review', 'evaluation'] as const;
export type JourneyStepKey = (typeof JOURNEY_STEPS)[number];

/** A step's state: nothing yet, begun, or done (for now: a new diagnostic or version may reopen it). */
export type StepStatus = 'todo' | 'started' | 'done';

/**
 * The next useful thing on a step: a message key under `overview.next` (its values in `values`)
 * and where it is done, relative to the workspace (`/<slug>` is prefixed by the page).
 */
export type NextStep = { key: string; href: string; values?: Record<string, string | number> };

/** One step: its state, the figures that measure it (read by `overview.steps.<key>.state`), and what to do next. */
export type JourneyStep = {
  key: JourneyStepKey;
  status: StepStatus;
  /** Figures for the sentence of the step's state; `variant` picks the sentence. */
  state: { variant: string; values: Record<string, string | number> };
  next: NextStep | null;
};

/** What awaits the caller in person. */
export type MyTasks = {
  /** Reviews the caller is named on and has not decided yet, the earliest due first. */
  decisions: { reviewId: string; versionName: string; dueDate: string; decided: number; reviewers: number }[];
  /** Dimensions of a diagnostic in progress assigned to the caller, with their progress. */
  dimensions: { diagnosticId: string; diagnosticTitle: string; dimension: string; title: string; answered: number; total: number }[];
  /** Written sections of the strategy document assigned to the caller. */
  sections: { id: string; title: string }[];
  /** Indicators the caller owns whose new value is overdue. */
  indicators: { id: string; name: string; dueOn: string }[];
  /** Mission debriefs past their due date: the caller's own, and every one for the IR officers (issue 19). */
  debriefs: { id: string; title: string; due: string; assigneeName: string | null }[];
};

export type Journey = { steps: JourneyStep[]; mine: MyTasks; nextStep: JourneyStepKey | null };

/** Who may read each step (a step a role may not open is left out) and who may act on it. */
const STEP_ACCESS: Record<JourneyStepKey, { read: Permission; act: Permission }> = {
  diagnostic: { read: 'diagnostic.read', act: 'diagnostic.manage' },
  actors: { read: 'actors.read', act: 'actors.create' },
  actions: { read: 'externalActions.read', act: 'externalActions.create' },
  thread: { read: 'strategy.read', act: 'strategy.manage' },
  document: { read: 'document.read', act: 'document.manage' },
  review: { read: 'document.read', act: 'review.submit' },
  evaluation: { read: 'strategy.read', act: 'strategy.manage' },
};

/** The workspace's counts the steps read, in one statement of scalar sub-queries. */
function loadCounts(tx: Tx, ctx: MemberContext) {
  const ws = ctx.workspaceId;
  const row = tx
    .select({
      actors: sql<number>`(select count(*) from ${actors} where ${actors.workspaceId} = ${ws})`,
      actorsWithoutRelation: sql<number>`(select count(*) from ${actors} a where a.workspace_id = ${ws} and not exists (select 1 from ${actorRelations} r where r.source_id = a.id or r.target_id = a.id))`,
      firstActorWithoutRelation: sql<
        string | null
      >`(select a.id from ${actors} a where a.workspace_id = ${ws} and not exists (select 1 from ${actorRelations} r where r.source_id = a.id or r.target_id = a.id) order by a.normalized_name limit 1)`,
      actions: sql<number>`(select count(*) from ${externalActions} where ${externalActions.workspaceId} = ${ws})`,
      actionsWithoutCompetency: sql<number>`(select count(*) from ${externalActions} x where x.workspace_id = ${ws} and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = x.id))`,
      firstActionWithoutCompetency: sql<
        string | null
      >`(select x.id from ${externalActions} x where x.workspace_id = ${ws} and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = x.id) order by x.normalized_title limit 1)`,
      strategy: sql<number>`(select count(*) from ${strategies} where ${strategies.workspaceId} = ${ws})`,
      axes: sql<number>`(select count(*) from ${strategyAxes} where ${strategyAxes.workspaceId} = ${ws})`,
      unplaced: sql<number>`(select count(*) from ${externalActions} x left join ${strategyActionPlacements} p on p.action_id = x.id where x.workspace_id = ${ws} and p.axis_id is null and p.outside_reason is null)`,
      sections: sql<number>`(select count(*) from ${documentSections} where ${documentSections.workspaceId} = ${ws})`,
      versions: sql<number>`(select count(*) from ${documentVersions} where ${documentVersions.workspaceId} = ${ws})`,
      adoptions: sql<number>`(select count(*) from ${adoptions} where ${adoptions.workspaceId} = ${ws})`,
    })
    .from(sql`(select 1)`)
    .get()!;
  return row;
}

/** Reviews in progress where the caller is a named reviewer who has not decided: one statement. */
function loadMyDecisions(tx: Tx, ctx: MemberContext): MyTasks['decisions'] {
  if (!can(ctx.role, 'review.decide')) return [];
  return tx
    .select({
      reviewId: reviews.id,
      versionName: documentVersions.name,
      dueDate: reviews.dueDate,
      decided: sql<number>`(select count(*) from ${reviewReviewers} o where o.review_id = ${reviews.id} and o.decision != 'pending')`,
      reviewers: sql<number>`(select count(*) from ${reviewReviewers} o where o.review_id = ${reviews.id})`,
    })
    .from(reviewReviewers)
    .innerJoin(reviews, eq(reviews.id, reviewReviewers.reviewId))
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(
      and(
        eq(reviewReviewers.workspaceId, ctx.workspaceId),
        eq(reviewReviewers.userId, ctx.userId),
        eq(reviewReviewers.decision, 'pending'),
        eq(reviews.status, 'in_review'),
      ),
    )
    .orderBy(asc(reviews.dueDate))
    .all();
}

/** Written sections assigned to the caller: one statement. */
function loadMySections(tx: Tx, ctx: MemberContext): MyTasks['sections'] {
  return tx
    .select({ id: documentSections.id, title: documentSections.title })
    .from(documentSections)
    .where(and(eq(documentSections.workspaceId, ctx.workspaceId), eq(documentSections.assigneeId, ctx.userId), eq(documentSections.kind, 'written')))
    .orderBy(asc(documentSections.position))
    .all()
    .map((s) => ({ id: s.id, title: s.title ?? '' }));
}

/**
 * The journey as the caller sees it: the steps their role may read, each measured, with the next
 * useful step linked where their role may act (or read, for a reviewer), and what awaits them.
 */
export function getJourney(tx: Tx, ctx: MemberContext, options: { clock?: Clock; locale?: Locale } = {}): Journey {
  const locale = options.locale ?? 'fr';
  const clock = options.clock ?? systemClock;
  const c = loadCounts(tx, ctx);
  const mayRead = (key: JourneyStepKey) => can(ctx.role, STEP_ACCESS[key].read);
  const mayAct = (key: JourneyStepKey) => can(ctx.role, STEP_ACCESS[key].act);

  // Diagnostic: the latest the caller may see, and its answers (listDiagnostics: three statements).
  const diagnosticsList = mayRead('diagnostic') ? listDiagnostics(tx, ctx) : [];
  const latest = diagnosticsList[0] ?? null;
  const review = mayRead('review') ? getReviewState(tx, ctx) : null;
  const indicators = mayRead('evaluation') ? listIndicators(tx, ctx, { clock }) : [];
  const overdue = indicators.filter((i) => i.progress.overdue);

  const steps: JourneyStep[] = [];
  /** A step's outcome: its status, the sentence (`variant`) and figures of its state, what to do next. */
  const stepOutcome = (status: StepStatus, variant: string, values: JourneyStep['state']['values'], next: NextStep | null): Omit<JourneyStep, 'key'> => ({
    status,
    state: { variant, values },
    next,
  });
  const push = (key: JourneyStepKey, make: () => Omit<JourneyStep, 'key'>) => {
    if (!mayRead(key)) return;
    const step = make();
    // The next step is offered only to who may take it; others read the state.
    steps.push({ key, ...step, next: step.next && (mayAct(key) || step.next.key.startsWith('read')) ? step.next : null });
  };

  push('diagnostic', () => {
    if (!latest) return stepOutcome('todo', 'none', {}, { key: 'startDiagnostic', href: '/diagnostic' });
    const values = { title: latest.title, answered: latest.answered, total: latest.total };
    if (latest.status === 'completed') {
      return stepOutcome('done', 'completed', values, { key: 'readResults', href: `/diagnostic/${latest.id}/results` });
    }
    return stepOutcome('started', 'inProgress', values, {
      key: 'continueDiagnostic',
      href: `/diagnostic/${latest.id}`,
      values: { left: latest.total - latest.answered },
    });
  });

  push('actors', () => {
    if (c.actors === 0) {
      return stepOutcome(
        'todo',
        'none',
        {},
        can(ctx.role, 'actors.import') ? { key: 'importActors', href: '/actors/import' } : { key: 'addActor', href: '/actors/new' },
      );
    }
    const values = { actors: c.actors, alone: c.actorsWithoutRelation };
    if (c.actorsWithoutRelation > 0 && c.firstActorWithoutRelation) {
      return stepOutcome('started', 'some', values, {
        key: 'relateActors',
        href: `/actors/${c.firstActorWithoutRelation}`,
        values: { count: c.actorsWithoutRelation },
      });
    }
    return stepOutcome('done', 'some', values, { key: 'readActors', href: '/actors/graph' });
  });

  push('actions', () => {
    if (c.actions === 0) return stepOutcome('todo', 'none', {}, { key: 'addAction', href: '/actions/new' });
    const values = { actions: c.actions, loose: c.actionsWithoutCompetency };
    if (c.actionsWithoutCompetency > 0 && c.firstActionWithoutCompetency) {
      return stepOutcome('started', 'some', values, {
        key: 'linkCompetency',
        href: `/actions/${c.firstActionWithoutCompetency}/edit`,
        values: { count: c.actionsWithoutCompetency },
      });
    }
    return stepOutcome('done', 'some', values, { key: 'readActions', href: '/actions' });
  });

  push('thread', () => {
    const values = { axes: c.axes, unplaced: c.unplaced };
    if (c.strategy === 0) return stepOutcome('todo', 'none', values, { key: 'writeThread', href: '/strategy/edit' });
    if (c.axes === 0) return stepOutcome('started', 'noAxis', values, { key: 'addAxis', href: '/strategy#axes-h' });
    if (c.unplaced > 0) return stepOutcome('started', 'axes', values, { key: 'placeActions', href: '/strategy/placements', values: { count: c.unplaced } });
    return stepOutcome('done', 'axes', values, { key: 'readThread', href: '/strategy' });
  });

  push('document', () => {
    const values = { sections: c.sections, versions: c.versions };
    if (c.sections === 0) return stepOutcome('todo', 'none', values, { key: 'startDocument', href: '/document' });
    if (c.versions === 0) return stepOutcome('started', 'noVersion', values, { key: 'saveVersion', href: '/document/versions' });
    return stepOutcome('done', 'versions', values, { key: 'readDocument', href: '/document' });
  });

  push('review', () => {
    const r = review!;
    const decided = r.reviewers.filter((x) => x.decision !== 'pending').length;
    const values = { version: r.versionName ?? '', decided, reviewers: r.reviewers.length, due: r.dueDate ?? '', adoptions: c.adoptions };
    const reviewHref = r.reviewId ? `/document/review/${r.reviewId}` : '/document/review';
    switch (r.status) {
      case 'none':
        return stepOutcome('todo', 'none', values, null);
      case 'draft':
        return stepOutcome('todo', 'draft', values, { key: 'submitReview', href: '/document/review' });
      case 'in_review':
        return stepOutcome('started', 'inReview', values, { key: 'readReview', href: reviewHref });
      case 'changes_requested':
        return stepOutcome('started', 'changesRequested', values, { key: 'answerChanges', href: '/document' });
      case 'approved':
        return stepOutcome(
          'started',
          'approved',
          values,
          can(ctx.role, 'review.adopt') ? { key: 'recordAdoption', href: reviewHref } : { key: 'readReview', href: reviewHref },
        );
      case 'adopted':
        return stepOutcome('done', 'adopted', values, { key: 'readReview', href: reviewHref });
    }
  });

  push('evaluation', () => {
    const values = { indicators: indicators.length, overdue: overdue.length };
    if (indicators.length === 0) return stepOutcome('todo', 'none', values, c.axes > 0 ? { key: 'addIndicator', href: '/strategy/indicators' } : null);
    if (overdue.length > 0)
      return stepOutcome('started', 'some', values, { key: 'updateIndicators', href: '/strategy/indicators', values: { count: overdue.length } });
    return stepOutcome('done', 'some', values, { key: 'readDashboard', href: '/dashboard' });
  });

  // What awaits the caller in person. Answers are read once per diagnostic in progress assigned to
  // them (rarely more than one).
  const dimensions: MyTasks['dimensions'] = [];
  for (const d of diagnosticsList) {
    if (d.status === 'completed' || d.mine.length === 0 || !can(ctx.role, 'diagnostic.answer')) continue;
    const questionnaire = getQuestionnaire();
    const progress = dimensionProgress(questionnaire, loadAnswers(tx, ctx, d.id).map);
    for (const dimension of questionnaire.dimensions.filter((x) => d.mine.includes(x.key))) {
      const p = progress.find((x) => x.dimension === dimension.key)!;
      dimensions.push({
        diagnosticId: d.id,
        diagnosticTitle: d.title,
        dimension: dimension.key,
        title: dimension.title[locale],
        answered: p.answered,
        total: p.total,
      });
    }
  }
  const mine: MyTasks = {
    decisions: loadMyDecisions(tx, ctx),
    dimensions,
    sections: can(ctx.role, 'document.write') ? loadMySections(tx, ctx) : [],
    indicators: overdue.filter((i) => i.ownerId === ctx.userId).map((i) => ({ id: i.id, name: i.name, dueOn: i.progress.dueOn })),
    debriefs: listLateDebriefs(tx, ctx, clock().toISOString().slice(0, 10)).rows,
  };
  const next = steps.find((s) => s.status !== 'done' && s.next && !s.next.key.startsWith('read'));
  return { steps, mine, nextStep: next?.key ?? null };
}
