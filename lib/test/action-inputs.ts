import { eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { censusLinks, censusResponses, diagnosticFollowUps, documentVersions, memberships } from '@/db/schema';
import { createAxis, createIndicator, recordIndicatorValue } from '@/lib/strategy/queries';
import { createCustomCompetency } from '@/lib/competencies/queries';
import { addDepartmentBudgetLine, createDepartment } from '@/lib/departments/queries';
import { createExternalAction, getExternalActionDetail, recordObservedReturn } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { initializeOutline } from '@/lib/strategy-document/queries';
import { createDiagnostic } from '@/lib/diagnostic/queries';
import { insertActor, type makeWorkspace } from './fixtures';
import { commentThreads, notifications, reviewReviewers, reviews } from '@/db/schema';
import { addTranslation, shareSection } from '@/lib/partnerships/section-queries';
import { createPartnership } from '@/lib/partnerships/write-queries';
import { addContribution } from '@/lib/partnerships/returns';
// Importing the actions registers every workspace action in the registry (add new action modules here).
import '@/lib/workspaces/actions';
import '@/lib/diagnostic/actions';
import '@/lib/actors/actions';
import '@/lib/actors/import-actions';
import '@/lib/census/actions';
import '@/lib/strategy-document/actions';
import '@/lib/competencies/actions';
import '@/lib/departments/actions';
import '@/lib/external-actions/actions';
import '@/lib/strategy/actions';
import '@/lib/review/actions';
import '@/lib/notifications/actions';
import '@/lib/privacy/actions';
import '@/lib/account/password-actions';
import '@/lib/publication/actions';
import '@/lib/partnerships/actions';
import '@/lib/milestones/actions';
import { roundInputs } from './action-inputs-rounds';
import '@/lib/iati/actions';
import { createMilestone } from '@/lib/milestones/queries';

/**
 * One valid input per registered workspace action, aimed at rows this function creates in workspace
 * `b`. The access suite (lib/auth/action.test.ts) sends them from another workspace; the hostile-input
 * suite (lib/security/hostile) mutates them one field at a time. When you add a workspace action, add
 * its input here: both suites fail on an action without one.
 */
export function actionInputs(b: ReturnType<typeof makeWorkspace>): Record<string, unknown> {
  const target = b.ctx('admin');
  /** Writes a row of B straight into `table` (a state B's actions would take many steps to reach); returns its id. */
  const insertOfB = <T extends SQLiteTable>(table: T, id: string, values: Omit<T['$inferInsert'], 'id' | 'workspaceId'>) => {
    db.insert(table)
      .values({ ...values, id, workspaceId: b.id } as T['$inferInsert'])
      .run();
    return id;
  };
  const bMembership = db.select().from(memberships).where(eq(memberships.workspaceId, b.id)).all()[1]!;
  const bDiagnostic = db.transaction((tx) => createDiagnostic(tx, target, { title: 'B', heldOn: '2026-01-01' })).data.id;
  const bSection = db.transaction((tx) => initializeOutline(tx, target, { locale: 'fr' })).data.ids[0]!;
  const bActor = insertActor(b.id, { id: `actor-${b.id}`, name: 'B actor', family: 'external', category: 'embassy' });
  const bActor2 = insertActor(b.id, { id: `actor2-${b.id}`, name: 'B association', family: 'territorial', category: 'association' });
  const actorInput = { name: 'Intrusion', category: 'association', influence: 3, interest: 3 };
  const bCensusLink = insertOfB(censusLinks, `census-${b.id}`, { title: 'B', token: `token-${b.id}`, open: true, createdAt: new Date() });
  const bCensusResponse = insertOfB(censusResponses, `answer-${b.id}`, {
    linkId: bCensusLink,
    status: 'pending',
    payload: { organisation: 'B', category: 'association', city: 'B', links: [] },
    submittedAt: new Date(),
  });
  const bDepartment = db.transaction((tx) =>
    createDepartment(tx, target, { name: 'B department', description: null, pointPersonUserId: null, pointPersonActorId: null, languages: ['fr'] }),
  ).data.id;
  const bLine = db.transaction((tx) =>
    addDepartmentBudgetLine(tx, target, { departmentId: bDepartment, label: 'B line', year: 2026, amount: 100, fundingSource: 'own_funds' }),
  ).data.id;
  const bCompetency = db.transaction((tx) =>
    createCustomCompetency(tx, target, { title: 'B competency', domain: 'culture', nature: 'optional', reference: null, note: null }),
  ).data.id;
  const actionInput = {
    title: 'Intrusion',
    type: 'twinning',
    status: 'idea',
    partnerIds: [bActor],
    departments: [{ departmentId: bDepartment, mode: 'lead' }],
  };
  const bAction = db.transaction((tx) =>
    createExternalAction(
      tx,
      target,
      ExternalActionInput.parse({ ...actionInput, title: 'B action', expectedReturns: [{ category: 'economic', description: 'B expected' }] }),
    ),
  ).data.id;
  const bExpected = getExternalActionDetail(db, target, bAction).expected[0]!.id;
  const bObserved = db.transaction((tx) =>
    recordObservedReturn(tx, target, {
      actionId: bAction,
      expectedReturnId: bExpected,
      category: 'economic',
      description: 'B observed',
      evidence: 'B',
      observedOn: '2026-01-01',
      value: null,
    }),
  ).data.id;
  const bMilestone = db.transaction((tx) =>
    createMilestone(tx, target, { actionId: bAction, kind: 'report_due', label: 'B milestone', dueOn: '2026-06-30', doneOn: null }),
  ).data.id;
  const bAxis = db.transaction((tx) => createAxis(tx, target, { title: 'B axis', objectives: ['B objective'] })).data.id;
  const bIndicator = db.transaction((tx) =>
    createIndicator(tx, target, {
      axisId: bAxis,
      actionId: null,
      name: 'B indicator',
      unit: 'n',
      baseline: 0,
      target: 10,
      targetDate: '2027-01-01',
      ownerId: null,
      frequency: 'yearly',
    }),
  ).data.id;
  const bValue = db.transaction((tx) => recordIndicatorValue(tx, target, { indicatorId: bIndicator, observedOn: '2026-01-01', value: 3, source: 'B source' }))
    .data.id;
  const bFollowUp = insertOfB(diagnosticFollowUps, `follow-${b.id}`, {
    diagnosticId: bDiagnostic,
    ruleKey: 'no_common_thread',
    title: 'B item',
    status: 'open',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const indicatorInput = { name: 'Intrusion', unit: 'n', baseline: 0, target: 1, targetDate: '2027-01-01', frequency: 'yearly' };
  const importTable = { fileName: 'a.csv', format: 'csv', headers: ['Nom', 'Catégorie'], rows: [{ line: 2, cells: ['Intrusion', 'association'] }] };
  const bForeign = insertActor(b.id, { id: `foreign-${b.id}`, name: 'B partner', family: 'external', category: 'partner_authority', country: 'SN' });
  const bPartnership = db.transaction((tx) => createPartnership(tx, target, { actorId: bForeign, title: 'B partnership' })).data.id;
  db.transaction((tx) => shareSection(tx, target, { partnershipId: bPartnership, sectionId: bSection, shared: true }));
  db.transaction((tx) => addTranslation(tx, target, { sectionId: bSection, language: 'en' }));
  const bContribution = db.transaction((tx) => addContribution(tx, target, { partnershipId: bPartnership, side: 'team', kind: 'brings', text: 'B brings' }))
    .data.id;
  /** A saved (empty) version of B's document; returns its id. */
  const saveVersion = (id: string, name = id) =>
    insertOfB(documentVersions, id, {
      name,
      note: '',
      authorId: null,
      authorName: 'B',
      snapshot: { schemaVersion: 1, workspaceName: 'B', takenAt: new Date().toISOString(), sections: [] },
      createdAt: new Date(),
    });
  const bVersion = saveVersion(`version-${b.id}`, 'B version');
  // The review: a saved version in review with B's reviewer named, a thread, another version not
  // yet submitted, and a notification of B's admin.
  saveVersion(`review-v1-${b.id}`);
  saveVersion(`review-v2-${b.id}`);
  const bReview = `review-${b.id}`;
  insertOfB(reviews, bReview, {
    versionId: `review-v1-${b.id}`,
    previousId: null,
    status: 'in_review',
    dueDate: '2999-01-01',
    message: '',
    submittedById: null,
    submitterName: 'B',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  insertOfB(reviewReviewers, `reviewer-${b.id}`, {
    reviewId: bReview,
    userId: b.people.reviewer.id,
    name: 'B reviewer',
    decision: 'pending',
    note: '',
    decidedAt: null,
  });
  const bThread = `thread-${b.id}`;
  insertOfB(commentThreads, bThread, {
    scope: 'review',
    sectionId: bSection,
    versionId: `review-v1-${b.id}`,
    reviewId: bReview,
    quote: null,
    anchorStart: null,
    anchorEnd: null,
    status: 'open',
    createdById: null,
    resolvedById: null,
    resolvedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const bNotification = `notification-${b.id}`;
  insertOfB(notifications, bNotification, {
    userId: b.people.admin.id,
    kind: 'comment',
    params: {},
    href: '/document/review',
    dedupeKey: null,
    email: 'none',
    readAt: null,
    createdAt: new Date(),
  });
  return {
    'publication.publish': { versionId: bVersion, blocks: ['map'], chapters: true },
    'publication.unpublish': { versionId: bVersion },
    'partnerships.create': { actorId: bForeign, title: 'Intrusion' },
    'partnerships.delete': { partnershipId: bPartnership },
    'partnerships.rename': { partnershipId: bPartnership, title: 'Intrusion' },
    'partnerships.shareSection': { partnershipId: bPartnership, sectionId: bSection, shared: false },
    'partnerships.addContribution': { partnershipId: bPartnership, side: 'team', kind: 'brings', text: 'Intrusion' },
    'partnerships.updateContribution': { entryId: bContribution, text: 'Intrusion' },
    'partnerships.addContact': { partnershipId: bPartnership, side: 'partner', name: 'Intrusion' },
    'partnerships.addExchange': { partnershipId: bPartnership, date: '2026-01-01', kind: 'meeting', summary: 'Intrusion' },
    'partnerships.removeEntry': { entryId: bContribution },
    'partnerships.comment': { partnershipId: bPartnership, target: 'page', body: 'Intrusion' },
    'partnerships.invite': { partnershipId: bPartnership, email: 'intrusion@test.local' },
    'partnerships.translateEntry': { partnershipId: bPartnership, targetType: 'contribution', targetId: bContribution, language: 'en', text: 'Intrusion' },
    'translations.add': { sectionId: bSection, language: 'pt' },
    'translations.confirm': { sectionId: bSection, language: 'en' },
    'coordination.consent': { optedIn: true },
    'actors.create': actorInput,
    'actors.update': { ...actorInput, id: bActor, version: 1 },
    'actors.move': { id: bActor, influence: 5, interest: 5 },
    'actors.delete': { id: bActor },
    'actors.contact.export': { id: bActor },
    'actors.contact.erase': { id: bActor },
    'relations.create': { sourceId: bActor, targetId: bActor2, type: 'partnership', strength: 3 },
    'relations.delete': { id: 'x' },
    'actors.importPreview': { table: importTable },
    'actors.import': { table: importTable, mapping: { name: 0, category: 1 }, decisions: {}, expected: { imported: 1, setAside: 0 } },
    'census.createLink': { title: 'Intrusion' },
    'census.setLinkOpen': { id: bCensusLink, open: false },
    'census.accept': { id: bCensusResponse, mode: 'create' },
    'census.reject': { id: bCensusResponse },
    'diagnostic.create': { title: 'Intrusion', heldOn: '2026-01-01' },
    'diagnostic.update': { diagnosticId: bDiagnostic, title: 'Hijacked', heldOn: '2026-01-01', version: 1 },
    'diagnostic.delete': { diagnosticId: bDiagnostic },
    'diagnostic.assign': { diagnosticId: bDiagnostic, dimension: 'vision', userIds: [] },
    'diagnostic.answer': { diagnosticId: bDiagnostic, dimension: 'vision', answers: [{ questionKey: 'vision.common_thread', value: '4' }] },
    'diagnostic.complete': { diagnosticId: bDiagnostic },
    'diagnostic.followUpCreate': { diagnosticId: bDiagnostic, ruleKey: 'no_common_thread', title: 'Intrusion', ownerId: null, dueOn: null },
    'diagnostic.followUpUpdate': { followUpId: 'x', title: 'Intrusion', ownerId: null, dueOn: null, status: 'done', version: 1 },
    'workspace.update': { name: 'Hijacked', level: 'region', country: 'FR', population: 1, languages: ['fr'] },
    'members.updateRole': { membershipId: bMembership.id, role: 'admin' },
    'members.remove': { membershipId: bMembership.id },
    'members.erase': { userId: b.people.reviewer.id },
    'members.endSessions': { userId: b.people.reviewer.id },
    'members.resetLink': { userId: b.people.reviewer.id },
    'members.invite': { email: 'intruder@test.local', role: 'admin' },
    'invitations.revoke': { invitationId: 'x' },
    'document.initialize': { locale: 'fr' },
    'document.addSection': { title: 'Intrusion' },
    'document.renameSection': { sectionId: bSection, title: 'Hijacked' },
    'document.removeSection': { sectionId: bSection },
    'document.moveSection': { sectionId: bSection, direction: 'down' },
    'document.assignSection': { sectionId: bSection, assigneeId: null },
    'document.saveVersion': { name: 'Intrusion', note: '' },
    'externalActions.create': actionInput,
    'externalActions.update': { ...actionInput, id: bAction, version: 1 },
    'externalActions.delete': { id: bAction },
    'externalActions.recordObserved': {
      actionId: bAction,
      expectedReturnId: bExpected,
      category: 'economic',
      description: 'Intrusion',
      evidence: 'Intrusion',
      observedOn: '2026-01-01',
    },
    'externalActions.deleteObserved': { id: bObserved },
    'externalActions.setSector': { actionId: bAction, sector: '15112' },
    'workspace.updateIdentifiers': { siren: '229990007', geoCode: '75' },
    'milestones.create': { actionId: bAction, kind: 'mission', label: 'Intrusion', dueOn: '2026-07-01' },
    'milestones.update': { id: bMilestone, kind: 'mission', label: 'Intrusion', dueOn: '2026-07-01' },
    'milestones.setDone': { id: bMilestone, doneOn: '2026-01-02' },
    'milestones.delete': { id: bMilestone },
    'competencies.setHidden': { key: 'commune.schools', hidden: true },
    'competencies.create': { title: 'Intrusion', domain: 'culture', nature: 'optional' },
    'competencies.update': { id: bCompetency, title: 'Hijacked', domain: 'culture', nature: 'optional' },
    'competencies.delete': { id: bCompetency },
    'departments.create': { name: 'Intrusion', pointPersonUserId: b.people.contributor.id, languages: ['fr'] },
    'departments.update': { id: bDepartment, name: 'Hijacked', languages: ['fr'], version: 1 },
    'departments.delete': { id: bDepartment },
    'departments.addBudgetLine': { departmentId: bDepartment, label: 'Intrusion', year: 2026, amount: '10', fundingSource: 'eu' },
    'departments.deleteBudgetLine': { id: bLine },
    'strategy.save': { periodStart: 2026, periodEnd: 2031, vision: 'Intrusion vision', thread: 'Intrusion thread', principles: '', version: 0 },
    'strategy.createAxis': { title: 'Intrusion', objectives: 'Objective' },
    'strategy.updateAxis': { axisId: bAxis, title: 'Hijacked', objectives: 'Objective', version: 1 },
    'strategy.deleteAxis': { axisId: bAxis },
    'strategy.placeAction': { actionId: bAction, placement: bAxis },
    'strategy.proposePlacement': { actionId: bAction, axisId: bAxis },
    'strategy.attachFollowUp': { followUpId: bFollowUp, axisId: bAxis },
    'strategy.createIndicator': { ...indicatorInput, axisId: bAxis },
    'strategy.updateIndicator': { ...indicatorInput, indicatorId: bIndicator, version: 1 },
    'strategy.deleteIndicator': { indicatorId: bIndicator },
    'strategy.recordValue': { indicatorId: bIndicator, observedOn: '2026-01-01', value: 1, source: 'Intrusion' },
    'strategy.deleteValue': { valueId: bValue },
    ...roundInputs(b.id, bIndicator, bValue),
    'review.submit': { versionId: `review-v2-${b.id}`, reviewerIds: [b.people.reviewer.id], dueDate: '2999-01-01', message: 'Intrusion' },
    'review.decide': { reviewId: bReview, decision: 'approved', note: '' },
    'review.adopt': { reviewId: bReview, adoptedOn: '2026-01-01', body: 'Intrusion', reference: 'X-1' },
    'review.openThread': { reviewId: bReview, sectionId: bSection, body: 'Intrusion', anchor: null },
    'review.reply': { threadId: bThread, body: 'Intrusion' },
    'review.setThreadStatus': { threadId: bThread, status: 'resolved' },
    'notifications.markRead': { id: bNotification },
    'notifications.markAllRead': { all: true },
  } as Record<string, unknown>;
}
