import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, diagnosticAnswers } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Conflict, Forbidden, NotFound } from '@/lib/errors';
import {
  answerDimension,
  assignDimension,
  compareDiagnostics,
  completeDiagnostic,
  createDiagnostic,
  createFollowUp,
  getDiagnosticView,
  listDiagnostics,
  listFollowUps,
  updateFollowUp,
} from './queries';
import { getQuestionnaire } from './questionnaire';
import { AnswerDimensionInput } from './answer-schemas';
import '@/lib/diagnostic/actions';

type Ws = ReturnType<typeof makeWorkspace>;
const questionnaire = getQuestionnaire();

function create(ws: Ws, title = 'Autodiagnostic 2026', heldOn = '2026-03-01') {
  return db.transaction((tx) => createDiagnostic(tx, ws.ctx('editor'), { title, heldOn })).data.id;
}

/** Answers every maturity question of a dimension with `level`, as `role`. */
function answerAll(ws: Ws, diagnosticId: string, dimension: string, level: number, role: 'editor' | 'contributor' | 'admin' = 'editor') {
  const dim = questionnaire.dimensions.find((d) => d.key === dimension)!;
  const input = AnswerDimensionInput.parse({
    diagnosticId,
    dimension,
    answers: dim.questions.filter((q) => q.kind === 'maturity').map((q) => ({ questionKey: q.key, value: String(level), expectedUpdatedAt: null })),
  });
  return db.transaction((tx) => answerDimension(tx, ws.ctx(role), input));
}

function answerEverything(ws: Ws, diagnosticId: string, level: number) {
  for (const d of questionnaire.dimensions) answerAll(ws, diagnosticId, d.key, level);
}

describe('diagnostic campaigns', () => {
  it('limits a contributor to the dimensions assigned to them', () => {
    const ws = makeWorkspace('alpha');
    const id = create(ws);
    const contributor = ws.ctx('contributor');
    // Not assigned yet: the diagnostic in progress is hidden from them.
    expect(listDiagnostics(db, contributor)).toEqual([]);
    expect(() => getDiagnosticView(db, contributor, id)).toThrowError(Forbidden);

    db.transaction((tx) => assignDimension(tx, ws.ctx('editor'), { diagnosticId: id, dimension: 'mobilisation', userIds: [ws.people.contributor.id] }));
    const view = getDiagnosticView(db, contributor, id);
    expect(view.visibleDimensions).toEqual(['mobilisation']);
    expect(listDiagnostics(db, contributor).map((d) => d.mine)).toEqual([['mobilisation']]);

    answerAll(ws, id, 'mobilisation', 3, 'contributor');
    const before = databaseFingerprint();
    expect(() => answerAll(ws, id, 'vision', 3, 'contributor')).toThrowError(Forbidden);
    expect(databaseFingerprint()).toEqual(before);

    // Answers of other dimensions stay out of what the contributor sees.
    answerAll(ws, id, 'vision', 0, 'editor');
    const again = getDiagnosticView(db, contributor, id);
    expect(Object.keys(again.answers).every((k) => k.startsWith('mobilisation.'))).toBe(true);
    expect(again.findings.every((f) => f.dimension === 'mobilisation')).toBe(true);
    expect(getDiagnosticView(db, ws.ctx('editor'), id).findings.some((f) => f.key === 'no_common_thread')).toBe(true);
  });

  it('refuses to assign a dimension to a reviewer or to someone from outside', () => {
    const ws = makeWorkspace('alpha');
    const other = makeWorkspace('bravo');
    const id = create(ws);
    expect(() =>
      db.transaction((tx) => assignDimension(tx, ws.ctx('editor'), { diagnosticId: id, dimension: 'vision', userIds: [ws.people.reviewer.id] })),
    ).toThrowError(/invalid/);
    expect(() =>
      db.transaction((tx) => assignDimension(tx, ws.ctx('editor'), { diagnosticId: id, dimension: 'vision', userIds: [other.people.editor.id] })),
    ).toThrowError(NotFound);
  });

  it('hides diagnostics in progress from reviewers and shows them completed ones', () => {
    const ws = makeWorkspace('alpha');
    const id = create(ws);
    expect(listDiagnostics(db, ws.ctx('reviewer'))).toEqual([]);
    expect(() => getDiagnosticView(db, ws.ctx('reviewer'), id)).toThrowError(Forbidden);
    answerEverything(ws, id, 2);
    db.transaction((tx) => completeDiagnostic(tx, ws.ctx('editor'), { diagnosticId: id }));
    expect(listDiagnostics(db, ws.ctx('reviewer')).map((d) => [d.id, d.status, d.overall])).toEqual([[id, 'completed', 50]]);
    expect(getDiagnosticView(db, ws.ctx('reviewer'), id).visibleDimensions).toHaveLength(10);
  });

  it('needs every dimension answered before completing, then freezes the diagnostic', () => {
    const ws = makeWorkspace('alpha');
    const id = create(ws);
    answerAll(ws, id, 'vision', 3);
    expect(() => db.transaction((tx) => completeDiagnostic(tx, ws.ctx('editor'), { diagnosticId: id }))).toThrowError(/dimensionsUnanswered/);
    for (const d of questionnaire.dimensions.slice(1)) answerAll(ws, id, d.key, 3);
    const done = db.transaction((tx) => completeDiagnostic(tx, ws.ctx('editor'), { diagnosticId: id }));
    expect(done.data.overall).toBe(75);

    const before = databaseFingerprint();
    expect(() => answerAll(ws, id, 'vision', 4)).toThrowError(Conflict);
    expect(() => db.transaction((tx) => assignDimension(tx, ws.ctx('editor'), { diagnosticId: id, dimension: 'vision', userIds: [] }))).toThrowError(
      /diagnosticFrozen/,
    );
    expect(() => db.transaction((tx) => completeDiagnostic(tx, ws.ctx('editor'), { diagnosticId: id }))).toThrowError(/diagnosticFrozen/);
    const update = workspaceActionRegistry.find((d) => d.name === 'diagnostic.update')!;
    const remove = workspaceActionRegistry.find((d) => d.name === 'diagnostic.delete')!;
    expect(executeWorkspaceAction(update, ws.people.admin.id, ws.id, { diagnosticId: id, title: 'Changed', heldOn: '2026-01-01', version: 1 })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(executeWorkspaceAction(remove, ws.people.admin.id, ws.id, { diagnosticId: id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('refuses an answer someone else changed meanwhile, and keeps identical answers quiet', () => {
    const ws = makeWorkspace('alpha');
    const id = create(ws);
    const first = AnswerDimensionInput.parse({
      diagnosticId: id,
      dimension: 'vision',
      answers: [{ questionKey: 'vision.common_thread', value: '2', evidence: 'Délibération de 2025', expectedUpdatedAt: null }],
    });
    db.transaction((tx) => answerDimension(tx, ws.ctx('editor'), first));
    const row = db.select().from(diagnosticAnswers).where(eq(diagnosticAnswers.questionKey, 'vision.common_thread')).get()!;
    expect(row).toMatchObject({ value: 2, evidence: 'Délibération de 2025', answeredBy: ws.people.editor.id });

    // The admin loaded the page before the editor saved: their different answer is refused.
    const stale = AnswerDimensionInput.parse({ ...first, answers: [{ questionKey: 'vision.common_thread', value: '4', expectedUpdatedAt: null }] });
    const before = databaseFingerprint();
    expect(() => db.transaction((tx) => answerDimension(tx, ws.ctx('admin'), stale))).toThrowError(/answersChangedMeanwhile/);
    expect(databaseFingerprint()).toEqual(before);

    // Sending back the same answer is not a conflict and changes nothing.
    expect(db.transaction((tx) => answerDimension(tx, ws.ctx('admin'), first)).data.saved).toBe(0);
    expect(databaseFingerprint()).toEqual(before);

    // With the version they saw, the change goes through.
    const fresh = AnswerDimensionInput.parse({
      ...first,
      answers: [{ questionKey: 'vision.common_thread', value: '4', expectedUpdatedAt: row.updatedAt.getTime() }],
    });
    expect(db.transaction((tx) => answerDimension(tx, ws.ctx('admin'), fresh)).data.saved).toBe(1);
  });

  it('reads facts against their question and rejects what does not fit', () => {
    const parse = (dimension: string, questionKey: string, value: unknown, unknown?: boolean) =>
      AnswerDimensionInput.safeParse({ diagnosticId: 'd', dimension, answers: [{ questionKey, value, unknown }] });
    expect(parse('body', 'body.staff_fte', '2,5').data?.answers[0]?.value).toBe(2.5);
    expect(parse('body', 'body.staff_fte', '', true).data?.answers[0]?.value).toBeNull();
    expect(parse('body', 'body.staff_fte', '-1').error?.issues[0]?.message).toBe('numberRange');
    expect(parse('body', 'body.position', 'basement').error?.issues[0]?.message).toBe('optionUnknown');
    expect(parse('mobilisation', 'mobilisation.languages', ['es', 'EN', 'es']).data?.answers[0]?.value).toEqual(['en', 'es']);
    expect(parse('mobilisation', 'mobilisation.languages', ['xx-not']).error?.issues[0]?.message).toBe('languageCode');
    expect(parse('vision', 'vision.common_thread', '5').error?.issues[0]?.message).toBe('levelRange');
    expect(parse('vision', 'body.position', 'none').error?.issues[0]?.message).toBe('questionUnknown');
    expect(parse('vision', 'vision.common_thread', '').data?.answers).toEqual([]);
  });

  it('compares a diagnostic with an earlier one, dimension by dimension', () => {
    const ws = makeWorkspace('alpha');
    const earlier = create(ws, '2025', '2025-03-01');
    answerEverything(ws, earlier, 1);
    db.transaction((tx) => completeDiagnostic(tx, ws.ctx('editor'), { diagnosticId: earlier }));
    const current = create(ws, '2026', '2026-03-01');
    answerEverything(ws, current, 3);
    const comparison = compareDiagnostics(db, ws.ctx('editor'), current, earlier);
    expect(comparison.overall).toEqual({ before: 25, after: 75, delta: 50 });
    expect(comparison.rows.every((r) => r.delta === 50)).toBe(true);
    expect(comparison.resolved.map((f) => f.key)).toContain('no_common_thread');
    expect(comparison.appeared).toEqual([]);
  });

  it('turns a recommendation into a follow-up item, only for a finding that holds', () => {
    const ws = makeWorkspace('alpha');
    const id = create(ws);
    answerAll(ws, id, 'mobilisation', 0);
    expect(() =>
      db.transaction((tx) =>
        createFollowUp(tx, ws.ctx('editor'), { diagnosticId: id, ruleKey: 'no_common_thread', title: 'Formuler le fil rouge', ownerId: null, dueOn: null }),
      ),
    ).toThrowError(/invalid/);
    const { data } = db.transaction((tx) =>
      createFollowUp(tx, ws.ctx('editor'), {
        diagnosticId: id,
        ruleKey: 'no_point_people',
        title: 'Désigner les référent·es',
        ownerId: ws.people.contributor.id,
        dueOn: '2026-06-30',
      }),
    );
    db.transaction((tx) =>
      updateFollowUp(tx, ws.ctx('editor'), {
        followUpId: data.id,
        title: 'Désigner les référent·es',
        ownerId: ws.people.contributor.id,
        dueOn: '2026-06-30',
        status: 'done',
        version: 1,
      }),
    );
    const items = listFollowUps(db, ws.ctx('editor'), id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ruleKey: 'no_point_people', ownerName: ws.people.contributor.name, status: 'done', dueOn: '2026-06-30' });
    // The owner sees their item even while the diagnostic is in progress; the reviewer does not.
    expect(listFollowUps(db, ws.ctx('contributor'))).toHaveLength(1);
    expect(listFollowUps(db, ws.ctx('reviewer'))).toHaveLength(0);
  });

  it('writes one audit entry per action, through the action wrapper', () => {
    const ws = makeWorkspace('alpha');
    const create = workspaceActionRegistry.find((d) => d.name === 'diagnostic.create')!;
    const result = executeWorkspaceAction(create, ws.people.editor.id, ws.id, { title: 'Autodiagnostic', heldOn: '2026-02-30' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { heldOn: 'dateFormat' } });
    const ok = executeWorkspaceAction(create, ws.people.editor.id, ws.id, { title: 'Autodiagnostic', heldOn: '2026-02-28' });
    expect(ok.ok).toBe(true);
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'diagnostic.create')).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ workspaceId: ws.id, userId: ws.people.editor.id, entityType: 'diagnostic' });
  });
});

describe('another workspace', () => {
  it('gets not_found for every read and write aimed at this workspace’s diagnostic', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const id = create(b);
    answerAll(b, id, 'vision', 2);
    const intruder = a.ctx('admin');
    const before = databaseFingerprint();
    expect(() => getDiagnosticView(db, intruder, id)).toThrowError(NotFound);
    expect(() => answerAll(a, id, 'vision', 4, 'admin')).toThrowError(NotFound);
    expect(() => db.transaction((tx) => completeDiagnostic(tx, intruder, { diagnosticId: id }))).toThrowError(NotFound);
    expect(() => db.transaction((tx) => assignDimension(tx, intruder, { diagnosticId: id, dimension: 'vision', userIds: [a.people.editor.id] }))).toThrowError(
      NotFound,
    );
    expect(() =>
      db.transaction((tx) => createFollowUp(tx, intruder, { diagnosticId: id, ruleKey: 'no_common_thread', title: 'X y', ownerId: null, dueOn: null })),
    ).toThrowError(NotFound);
    expect(listDiagnostics(db, intruder)).toEqual([]);
    expect(databaseFingerprint()).toEqual(before);
  });
});
