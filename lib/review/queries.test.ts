import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { adoptions, notifications } from '@/db/schema';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { memberships } from '@/db/schema';
import { storeDocumentState } from '@/lib/collab/persistence';
import { sectionDocumentName } from '@/lib/collab/names';
import { initializeOutline, listSections, saveVersion } from '@/lib/strategy-document/queries';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadCount } from '@/lib/notifications/queries';
import { extractMentions } from './mentions';
import {
  adoptReview,
  createReviewThread,
  decideReview,
  getAdoptedVersion,
  getReviewDetail,
  getReviewState,
  listSubmittableVersions,
  replyToReviewThread,
  setReviewThreadStatus,
  submitReview,
} from './queries';
import { listThreads, openThread } from './threads';
import './actions';
import JSZip from 'jszip';
import { loadDocumentState } from '@/lib/strategy-document/export';
import { renderPrintHtml } from '@/lib/strategy-document/html';
import { renderDocx } from '@/lib/strategy-document/docx';
import { auditEntries } from '@/lib/test/audit';

const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T09:00:00Z');
const at = (days: number) => new Date(T0 + days * DAY);
const clock = (days: number) => () => at(days);

/** A workspace with a written section, two reviewers (the reviewer and a second one), and a saved version. */
function setup() {
  const ws = makeWorkspace('alpha');
  const editor = ws.ctx('editor');
  const second = makeUser('Élue Deux');
  db.insert(memberships)
    .values({ id: `m-${second.id}`, workspaceId: ws.id, userId: second.id, role: 'reviewer', createdAt: new Date() })
    .run();
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const section = listSections(db, editor).find((s) => s.kind === 'written')!;
  const write = (text: string) => storeDocumentState(sectionDocumentName(section.id), yStateFromContent(contentFrom([text])));
  write('Notre coopération avec Nioro-Kaya porte sur l’eau et la santé.');
  const save = (name: string, days: number) => db.transaction((tx) => saveVersion(tx, editor, { name, note: '' }, at(days))).data.id;
  const v1 = save('V1', 0);
  const reviewer = ws.ctx('reviewer');
  const reviewer2 = { ...reviewer, userId: second.id };
  return { ws, editor, section, write, save, v1, reviewer, reviewer2, second };
}

function submit(s: ReturnType<typeof setup>, versionId: string, days = 1) {
  return db.transaction((tx) =>
    submitReview(tx, s.editor, { versionId, reviewerIds: [s.ws.people.reviewer.id, s.second.id], dueDate: '2026-06-30', message: '' }, clock(days)),
  ).data;
}

const kindsOf = (userId: string) =>
  db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .all()
    .map((n) => n.kind)
    .sort();

describe('review workflow', () => {
  it('goes from submission through changes, resubmission and approvals to adoption', () => {
    const s = setup();
    expect(getReviewState(db, s.editor)).toMatchObject({ status: 'draft', versionName: 'V1' });
    const first = submit(s, s.v1);
    expect(first.resubmission).toBe(false);
    expect(getReviewState(db, s.editor)).toMatchObject({
      status: 'in_review',
      versionName: 'V1',
      dueDate: '2026-06-30',
      reviewers: [
        { name: 'alpha-reviewer', decision: 'pending' },
        { name: 'Élue Deux', decision: 'pending' },
      ],
    });
    expect(kindsOf(s.second.id)).toEqual(['review_requested']);

    db.transaction((tx) => decideReview(tx, s.reviewer2, { reviewId: first.id, decision: 'approved', note: '' }, at(2)));
    expect(getReviewState(db, s.editor).status).toBe('in_review');
    db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: first.id, decision: 'changes_requested', note: 'Chiffrer le budget.' }, at(2)));
    expect(getReviewState(db, s.editor).status).toBe('changes_requested');
    expect(kindsOf(s.ws.people.editor.id)).toEqual(['changes_requested', 'review_approved']);

    // The editor revises, saves and resubmits: decisions start again.
    s.write('Notre coopération avec Nioro-Kaya porte sur l’eau, la santé et un budget de 120 000 €.');
    const v2 = s.save('V2', 3);
    expect(listSubmittableVersions(db, s.editor).map((v) => v.name)).toEqual(['V2']);
    const second = submit(s, v2, 3);
    expect(second.resubmission).toBe(true);
    expect(getReviewDetail(db, s.editor, first.id)).toMatchObject({ review: { status: 'superseded' }, supersededBy: { id: second.id, versionName: 'V2' } });
    expect(getReviewState(db, s.editor).reviewers.map((r) => r.decision)).toEqual(['pending', 'pending']);

    db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: second.id, decision: 'approved', note: '' }, at(4)));
    db.transaction((tx) => decideReview(tx, s.reviewer2, { reviewId: second.id, decision: 'approved', note: '' }, at(4)));
    expect(getReviewState(db, s.editor).status).toBe('approved');
    expect(kindsOf(s.ws.people.admin.id)).toContain('review_completed');

    expect(getAdoptedVersion(db, s.ws.id)).toBeNull();
    db.transaction((tx) =>
      adoptReview(
        tx,
        s.ws.ctx('admin'),
        { reviewId: second.id, adoptedOn: '2026-06-05', body: 'Assemblée départementale', reference: 'CD-2026-042' },
        clock(5),
      ),
    );
    const adopted = getAdoptedVersion(db, s.ws.id)!;
    expect(adopted).toMatchObject({ versionId: v2, versionName: 'V2', adoptedOn: '2026-06-05', body: 'Assemblée départementale', reference: 'CD-2026-042' });
    expect(adopted.snapshot.sections.find((x) => x.id === s.section.id)).toMatchObject({ text: expect.stringContaining('120 000 €') });
    expect(getReviewState(db, s.editor)).toMatchObject({ status: 'adopted', versionName: 'V2' });
    // Everyone who reads the document hears of it, the partner does not.
    for (const role of ['editor', 'contributor', 'reviewer'] as const) expect(kindsOf(s.ws.people[role].id)).toContain('adopted');
    expect(kindsOf(s.ws.people.partner.id)).toEqual([]);
  });

  it('freezes the adopted version: no second adoption, no change, later saves are a new draft', () => {
    const s = setup();
    const { id } = submit(s, s.v1);
    db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: id, decision: 'approved', note: '' }, at(2)));
    db.transaction((tx) => decideReview(tx, s.reviewer2, { reviewId: id, decision: 'approved', note: '' }, at(2)));
    const admin = s.ws.ctx('admin');
    db.transaction((tx) => adoptReview(tx, admin, { reviewId: id, adoptedOn: '2026-06-02', body: 'Conseil', reference: 'D-1' }, clock(2)));
    const before = databaseFingerprint();
    expect(() => db.transaction((tx) => adoptReview(tx, admin, { reviewId: id, adoptedOn: '2026-06-02', body: 'Autre', reference: 'D-2' }, clock(2)))).toThrow(
      /reviewFinal/i,
    );
    expect(() => db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: id, decision: 'changes_requested', note: 'Trop tard' }))).toThrow(
      /reviewFinal/i,
    );
    expect(() => db.transaction((tx) => createReviewThread(tx, s.reviewer, { reviewId: id, sectionId: s.section.id, body: 'Encore', anchor: null }))).toThrow(
      /reviewFinal/i,
    );
    expect(() => db.update(adoptions).set({ reference: 'X' }).where(eq(adoptions.versionId, s.v1)).run()).toThrow(/immutable/i);
    expect(() => rawSqlite().prepare('update document_versions set name = ? where id = ?').run('Changed', s.v1)).toThrow(/immutable/i);
    expect(() => submit(s, s.v1)).toThrow(/alreadySubmitted/i);
    expect(databaseFingerprint()).toEqual(before);

    // The live document stays editable; the next saved version is a new draft.
    s.write('Un nouveau paragraphe après l’adoption.');
    const v2 = s.save('V2', 3);
    expect(getReviewState(db, s.editor)).toMatchObject({ status: 'draft', versionName: 'V2' });
    expect(getAdoptedVersion(db, s.ws.id)?.versionId).toBe(s.v1);
    const next = submit(s, v2, 3);
    expect(next.resubmission).toBe(false);
    expect(getReviewState(db, s.editor)).toMatchObject({ status: 'in_review', versionName: 'V2' });
    expect(getAdoptedVersion(db, s.ws.id)?.versionId).toBe(s.v1);
  });

  it('marks the adopted version in the print view, PDF source and DOCX, and only that version', async () => {
    const s = setup();
    const { id } = submit(s, s.v1);
    db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: id, decision: 'approved', note: '' }, at(2)));
    db.transaction((tx) => decideReview(tx, s.reviewer2, { reviewId: id, decision: 'approved', note: '' }, at(2)));
    db.transaction((tx) =>
      adoptReview(tx, s.ws.ctx('admin'), { reviewId: id, adoptedOn: '2026-06-02', body: 'l’assemblée départementale', reference: 'CD-2026-06-17' }, clock(2)),
    );
    const state = loadDocumentState(db, s.reviewer, s.v1);
    expect(state.adoption).toEqual({ adoptedOn: '2026-06-02', body: 'l’assemblée départementale', reference: 'CD-2026-06-17' });
    const html = renderPrintHtml(state.snapshot, { locale: 'fr', versionName: state.versionName, adoption: state.adoption, generatedAt: new Date() });
    expect(html).toContain('Adoptée le 2 juin 2026 par l’assemblée départementale (délibération CD-2026-06-17).');
    const docx = await renderDocx(state.snapshot, { locale: 'en', versionName: state.versionName, adoption: state.adoption, generatedAt: new Date() });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Adopted on June 2, 2026 by l’assemblée départementale (deliberation CD-2026-06-17).');
    // The current document and a later version are not adopted.
    expect(loadDocumentState(db, s.reviewer).adoption).toBeNull();
    const v2 = s.save('V2', 3);
    expect(loadDocumentState(db, s.reviewer, v2).adoption).toBeNull();
  });

  it('refuses what the rules refuse, changing nothing', () => {
    const s = setup();
    const bad = (fn: () => unknown, pattern: RegExp) => {
      const before = databaseFingerprint();
      expect(fn).toThrow(pattern);
      expect(databaseFingerprint()).toEqual(before);
    };
    const input = { versionId: s.v1, reviewerIds: [s.ws.people.reviewer.id], dueDate: '2026-06-30', message: '' };
    bad(() => db.transaction((tx) => submitReview(tx, s.editor, { ...input, dueDate: '2026-05-01' }, clock(0))), /invalid/i);
    bad(() => db.transaction((tx) => submitReview(tx, s.editor, { ...input, reviewerIds: [s.ws.people.editor.id] }, clock(0))), /invalid/i);
    bad(() => db.transaction((tx) => submitReview(tx, s.editor, { ...input, reviewerIds: [s.ws.people.contributor.id] }, clock(0))), /invalid/i);
    bad(() => db.transaction((tx) => submitReview(tx, s.reviewer2, input, clock(0))), /forbidden/i);
    const { id } = db.transaction((tx) => submitReview(tx, s.editor, input, clock(0))).data;
    // Only named reviewers decide: the admin was not named, the second reviewer neither.
    bad(() => db.transaction((tx) => decideReview(tx, s.ws.ctx('admin'), { reviewId: id, decision: 'approved', note: '' })), /notNamedReviewer/i);
    bad(() => db.transaction((tx) => decideReview(tx, s.reviewer2, { reviewId: id, decision: 'approved', note: '' })), /notNamedReviewer/i);
    bad(
      () => db.transaction((tx) => adoptReview(tx, s.ws.ctx('admin'), { reviewId: id, adoptedOn: '2026-06-01', body: 'Conseil', reference: 'D' }, clock(1))),
      /notApproved/i,
    );
    // The same version cannot be resubmitted, nor an older one.
    bad(() => submit(s, s.v1), /alreadySubmitted/i);
    db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: id, decision: 'approved', note: '' }));
    bad(() => db.transaction((tx) => decideReview(tx, s.reviewer, { reviewId: id, decision: 'changes_requested', note: 'x' })), /decisionsClosed/i);
    bad(
      () => db.transaction((tx) => adoptReview(tx, s.editor, { reviewId: id, adoptedOn: '2026-06-01', body: 'Conseil', reference: 'D' }, clock(1))),
      /forbidden/i,
    );
    bad(
      () => db.transaction((tx) => adoptReview(tx, s.ws.ctx('admin'), { reviewId: id, adoptedOn: '2026-07-01', body: 'Conseil', reference: 'D' }, clock(1))),
      /invalid/i,
    );
  });

  it('keeps every workspace to itself', () => {
    const s = setup();
    const { id } = submit(s, s.v1);
    const other = makeWorkspace('bravo');
    const before = databaseFingerprint();
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      const outsider = other.ctx(role);
      expect(() => getReviewDetail(db, outsider, id)).toThrow(/reviewNotFound/i);
      expect(() => db.transaction((tx) => decideReview(tx, outsider, { reviewId: id, decision: 'approved', note: '' }))).toThrow(/reviewNotFound/i);
      expect(() =>
        db.transaction((tx) => createReviewThread(tx, outsider, { reviewId: id, sectionId: s.section.id, body: 'Intrusion', anchor: null })),
      ).toThrow(/reviewNotFound/i);
    }
    expect(() =>
      db.transaction((tx) =>
        submitReview(tx, other.ctx('editor'), { versionId: s.v1, reviewerIds: [other.people.reviewer.id], dueDate: '2026-06-30', message: '' }, clock(0)),
      ),
    ).toThrow(/versionNotFound/i);
    expect(getReviewState(db, other.ctx('admin')).status).toBe('none');
    expect(getAdoptedVersion(db, other.id)).toBeNull();
    expect(databaseFingerprint()).toEqual(before);
  });
});

describe('review comments', () => {
  it('anchors a thread to a passage of the frozen text, replies, resolves and reopens, and tells the people concerned', () => {
    const s = setup();
    const { id } = submit(s, s.v1);
    const quote = 'l’eau et la santé';
    // Wrong offsets are corrected from the quote; a quote absent from the section is refused.
    const { threadId } = db.transaction((tx) =>
      createReviewThread(tx, s.reviewer, {
        reviewId: id,
        sectionId: s.section.id,
        body: 'Préciser les actions. @Élue Deux, qu’en pensez-vous ?',
        anchor: { quote, start: 0, end: 5 },
      }),
    ).data;
    expect(() =>
      db.transaction((tx) =>
        createReviewThread(tx, s.reviewer, { reviewId: id, sectionId: s.section.id, body: 'x', anchor: { quote: 'absent', start: 0, end: 6 } }),
      ),
    ).toThrow(/invalid/i);
    const detail = getReviewDetail(db, s.editor, id);
    const thread = detail.threads[0]!;
    const text = detail.version.snapshot.sections.find((x) => x.id === s.section.id)!;
    expect(text.kind === 'written' && text.text.slice(thread.anchorStart!, thread.anchorEnd!)).toBe(quote);
    expect(thread.comments[0]!.mentions).toEqual([s.second.id]);
    // The mentioned reviewer gets a mention (not also a comment), the submitter a comment.
    expect(kindsOf(s.second.id)).toEqual(['mention', 'review_requested']);
    expect(kindsOf(s.ws.people.editor.id)).toEqual(['comment']);

    db.transaction((tx) => replyToReviewThread(tx, s.reviewer2, { threadId, body: 'D’accord, ajoutons le calendrier.' }));
    expect(kindsOf(s.ws.people.reviewer.id)).toContain('comment');
    expect(() => db.transaction((tx) => setReviewThreadStatus(tx, s.reviewer2, { threadId, status: 'resolved' }))).toThrow(/cannotResolve/i);
    db.transaction((tx) => setReviewThreadStatus(tx, s.editor, { threadId, status: 'resolved' }));
    expect(getReviewState(db, s.editor).openThreads).toBe(0);
    db.transaction((tx) => setReviewThreadStatus(tx, s.reviewer, { threadId, status: 'open' }));
    expect(getReviewState(db, s.editor).openThreads).toBe(1);
    expect(getReviewDetail(db, s.editor, id).threads[0]!.comments.map((c) => c.authorName)).toEqual(['alpha-reviewer', 'Élue Deux']);
  });

  it('threads on a live section (versionId null) for other modules, scoped by workspace and scope', () => {
    const s = setup();
    const partner = s.ws.ctx('partner');
    const { threadId } = db.transaction((tx) =>
      openThread(tx, partner, { scope: 'partnership:p1', sectionId: s.section.id, versionId: null }, 'Nous proposons un volet formation.', null, {
        href: '/partnerships/p1',
        audience: 'workspace.read',
        params: { version: 'Section partagée' },
        alsoTell: [s.ws.people.editor.id],
      }),
    );
    expect(listThreads(db, s.editor, { scope: 'partnership:p1', versionId: null }).map((t) => t.id)).toEqual([threadId]);
    expect(listThreads(db, s.editor, { scope: 'review' })).toEqual([]);
    expect(listThreads(db, makeWorkspace('bravo').ctx('admin'), { scope: 'partnership:p1' })).toEqual([]);
    expect(kindsOf(s.ws.people.editor.id)).toEqual(['comment']);
  });

  it('reads mentions by full name, longest first', () => {
    const members = [
      { userId: 'a', name: 'Anne Marie' },
      { userId: 'b', name: 'Anne Marie Duval' },
      { userId: 'c', name: 'Paul' },
    ];
    expect(extractMentions('Merci @anne marie duval et @Paul.', members)).toEqual(['b', 'c']);
    expect(extractMentions('Merci @Anne Marie !', members)).toEqual(['a']);
    expect(extractMentions('Pas de mention ici, anne@example.org', members)).toEqual([]);
  });
});

describe('notifications', () => {
  it('lists a page, counts unread, marks one and all read, only for their owner', () => {
    const s = setup();
    const { id } = submit(s, s.v1);
    for (let i = 0; i < 3; i += 1)
      db.transaction((tx) =>
        createReviewThread(tx, s.ws.ctx('admin'), { reviewId: id, sectionId: s.section.id, body: `Remarque ${i} @alpha-reviewer`, anchor: null }),
      );
    const reviewer = s.ws.ctx('reviewer');
    expect(unreadCount(db, reviewer)).toBe(4);
    const page = listNotifications(db, reviewer, { page: 1, pageSize: 3 });
    expect(page).toMatchObject({ total: 4, unread: 4, pages: 2 });
    expect(page.items).toHaveLength(3);
    expect(page.items[0]!.kind).toBe('mention');
    // Someone else cannot mark it.
    expect(() => db.transaction((tx) => markNotificationRead(tx, s.editor, { id: page.items[0]!.id }))).toThrow(/notificationNotFound/i);
    db.transaction((tx) => markNotificationRead(tx, reviewer, { id: page.items[0]!.id }));
    expect(unreadCount(db, reviewer)).toBe(3);
    db.transaction((tx) => markAllNotificationsRead(tx, reviewer));
    expect(unreadCount(db, reviewer)).toBe(0);
    expect(unreadCount(db, { ...reviewer, userId: s.second.id })).toBe(1);
  });

  it('goes through the action wrapper: audited, refused to another workspace', () => {
    const s = setup();
    const def = workspaceActionRegistry.find((d) => d.name === 'review.submit')!;
    const input = { versionId: s.v1, reviewerIds: [s.ws.people.reviewer.id], dueDate: '2999-01-01' };
    const result = executeWorkspaceAction(def, s.ws.people.editor.id, s.ws.id, input);
    expect(result.ok).toBe(true);
    expect(auditEntries(s.ws.id, 'review.submit')).toHaveLength(1);
    const other = makeWorkspace('bravo');
    expect(executeWorkspaceAction(def, other.people.editor.id, s.ws.id, input)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
