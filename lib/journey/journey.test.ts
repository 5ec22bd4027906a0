import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { makeWorkspace } from '@/lib/test/fixtures';
import { createRelation } from '@/lib/actors/queries';
import { RelationInput } from '@/lib/actors/schemas';
import { createAxis, saveStrategy } from '@/lib/strategy/queries';
import { AxisInput, StrategyInput } from '@/lib/strategy/schemas';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { getJourney, JOURNEY_STEPS } from './journey';
import { createTestAction as action, createTestActor as actor } from '@/lib/test/builders';

type Ws = ReturnType<typeof makeWorkspace>;
const clock = () => new Date('2026-06-01T12:00:00Z');

function step(ws: Ws, key: string, role: Parameters<Ws['ctx']>[0] = 'admin') {
  return getJourney(db, ws.ctx(role), { clock }).steps.find((s) => s.key === key)!;
}

/** Statements prepared while `run` runs (drizzle prepares each statement it executes). */
function statements(run: () => void) {
  const sqlite = rawSqlite();
  const prepare = sqlite.prepare;
  let n = 0;
  sqlite.prepare = ((source: string) => {
    n += 1;
    return prepare.call(sqlite, source);
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return n;
}

describe('the home page journey', () => {
  it('on an empty workspace: seven steps to do, each with what to do next, the diagnostic first', () => {
    const ws = makeWorkspace('journey-empty');
    const journey = getJourney(db, ws.ctx('admin'), { clock });
    expect(journey.steps.map((s) => s.key)).toEqual([...JOURNEY_STEPS]);
    expect(journey.steps.every((s) => s.status === 'todo')).toBe(true);
    expect(journey.nextStep).toBe('diagnostic');
    expect(Object.fromEntries(journey.steps.map((s) => [s.key, s.next?.href ?? null]))).toEqual({
      diagnostic: '/diagnostic',
      actors: '/actors/import',
      actions: '/actions/new',
      thread: '/strategy/edit',
      document: '/document',
      // Nothing to submit before a version is saved; no indicator before an axis: the state's sentence says why.
      review: null,
      evaluation: null,
    });
    expect(journey.mine).toEqual({ decisions: [], dimensions: [], sections: [], indicators: [], debriefs: [] });
  });

  it('measures each step from the data, and the next link names the first row to fix', () => {
    const ws = makeWorkspace('journey-data');
    const other = makeWorkspace('journey-other');
    const a = actor(ws, 'Alpha');
    const b = actor(ws, 'Bravo');
    const lonely = actor(ws, 'Charlie');
    actor(other, 'Elsewhere');
    db.transaction((tx) => createRelation(tx, ws.ctx('editor'), RelationInput.parse({ sourceId: a, targetId: b, type: 'partnership', strength: 2 })));
    expect(step(ws, 'actors')).toMatchObject({
      status: 'started',
      state: { variant: 'some', values: { actors: 3, alone: 1 } },
      next: { key: 'relateActors', href: `/actors/${lonely}` },
    });

    const loose = action(ws, { title: 'A loose action' });
    action(ws, { title: 'Schools', competencies: [{ ref: 'commune.schools', reason: 'Schools are ours' }] });
    expect(step(ws, 'actions')).toMatchObject({
      status: 'started',
      state: { values: { actions: 2, loose: 1 } },
      next: { key: 'linkCompetency', href: `/actions/${loose}/edit` },
    });
    // A reviewer reads the state but is offered no link to act on it.
    expect(step(ws, 'actions', 'reviewer')).toMatchObject({ state: { values: { actions: 2, loose: 1 } }, next: null });

    db.transaction((tx) =>
      saveStrategy(
        tx,
        ws.ctx('editor'),
        StrategyInput.parse({
          periodStart: '2026',
          periodEnd: '2031',
          vision: 'Open to the world',
          thread: 'Youth mobility links every action',
          principles: '',
          version: 0,
        }),
      ),
    );
    expect(step(ws, 'thread')).toMatchObject({ status: 'started', state: { variant: 'noAxis' }, next: { key: 'addAxis' } });
    db.transaction((tx) => createAxis(tx, ws.ctx('editor'), AxisInput.parse({ title: 'Youth', objectives: 'One' })));
    expect(step(ws, 'thread')).toMatchObject({
      status: 'started',
      state: { variant: 'axes', values: { axes: 1, unplaced: 2 } },
      next: { key: 'placeActions', href: '/strategy/placements' },
    });
    expect(step(ws, 'evaluation')).toMatchObject({ status: 'todo', next: { key: 'addIndicator', href: '/strategy/indicators' } });
    expect(getJourney(db, ws.ctx('admin'), { clock }).nextStep).toBe('diagnostic');
  });

  it('costs the same few statements whatever the number of rows', () => {
    const ws = makeWorkspace('journey-cost');
    actor(ws, 'One');
    action(ws, { title: 'One' });
    const small = statements(() => getJourney(db, ws.ctx('admin'), { clock }));
    for (let i = 0; i < 25; i++) {
      actor(ws, `Actor ${i}`);
      action(ws, { title: `Action ${i}` });
    }
    const large = statements(() => getJourney(db, ws.ctx('admin'), { clock }));
    expect(large).toBe(small);
    expect(small).toBeGreaterThanOrEqual(5);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('on the demo: the elected official sees first the decision awaiting her, with its due day', () => {
    seedDemo(db, 'not-a-real-hash');
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const userId = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;
    const elu = loadMemberContext(userId('elu@demo.filrouge.eu'), { id: ws.id });
    const journey = getJourney(db, elu, { clock });
    expect(journey.mine.decisions).toEqual([
      {
        reviewId: expect.any(String),
        versionName: 'Version pour le comité de pilotage',
        dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        decided: 1,
        reviewers: 2,
      },
    ]);
    expect(journey.steps.find((s) => s.key === 'review')).toMatchObject({
      status: 'started',
      state: { variant: 'inReview', values: { decided: 1, reviewers: 2 } },
    });
    // The second official already decided: nothing awaits her.
    const second = loadMemberContext(userId('elue2@demo.filrouge.eu'), { id: ws.id });
    expect(getJourney(db, second, { clock }).mine.decisions).toEqual([]);
    // The IR officer sees the late debrief of the delegation received (issue 19); the official does not.
    const editor = loadMemberContext(userId('editor@demo.filrouge.eu'), { id: ws.id });
    expect(getJourney(db, editor).mine.debriefs.map((d) => d.title)).toEqual(['Délégation de Valea Bistrei : protection de l’enfance']);
    expect(journey.mine.debriefs).toEqual([]);
  });
});
