import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { adoptions, auditLog, commentThreads, comments, documentVersions, publications, users, workspaces } from '@/db/schema';
import { ROLES } from '@/db/schema/workspaces';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { personalValuesInDatabase } from '@/lib/test/personal-values';
import { getAdoptedVersion } from '@/lib/review/queries';
import { listSections, saveVersion } from '@/lib/strategy-document/queries';
import { initializeOutline } from '@/lib/strategy-document/queries';
import { PUBLIC_BLOCKS } from '@/lib/dashboard/types';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { findPublicStrategy, publicationFingerprint } from './queries';
import { renderPublicHtml } from './html';
import { publicView } from './view';
import './actions';

const publish = workspaceActionRegistry.find((d) => d.name === 'publication.publish')!;
const unpublish = workspaceActionRegistry.find((d) => d.name === 'publication.unpublish')!;

/** Records an adoption of the workspace's latest saved version (as the review workflow does), unless one exists. */
function ensureAdopted(workspaceId: string, recorderName = 'Recorder Person') {
  const existing = getAdoptedVersion(db, workspaceId);
  if (existing) return existing.versionId;
  const version = db.select().from(documentVersions).where(eq(documentVersions.workspaceId, workspaceId)).orderBy(desc(documentVersions.createdAt)).get()!;
  db.insert(adoptions)
    .values({
      id: crypto.randomUUID(),
      workspaceId,
      versionId: version.id,
      reviewId: null,
      adoptedOn: '2026-03-12',
      body: 'Assemblée départementale',
      reference: 'Délibération n° 2026-045',
      recordedById: null,
      recorderName,
      createdAt: new Date(),
    })
    .run();
  return version.id;
}

/** A workspace with a saved, adopted version of its document. */
function adoptedWorkspace(slug: string) {
  const ws = makeWorkspace(slug);
  const editor = ws.ctx('editor');
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  db.transaction((tx) => saveVersion(tx, editor, { name: 'Adoptée', note: '' }));
  return { ...ws, versionId: ensureAdopted(ws.id) };
}

describe('publication', () => {
  it('publishes the adopted version for an admin only, and unpublishes it at once', () => {
    const ws = adoptedWorkspace('pub');
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const before = databaseFingerprint();
      const refused = executeWorkspaceAction(publish, ws.people[role].id, ws.id, { versionId: ws.versionId, blocks: ['map'] });
      expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
      expect(can(role, 'publication.manage')).toBe(false);
      expect(databaseFingerprint()).toEqual(before);
    }
    expect(findPublicStrategy(db, 'pub')).toBeNull();
    const result = executeWorkspaceAction(publish, ws.people.admin.id, ws.id, { versionId: ws.versionId, blocks: ['budget', 'map', 'map'], chapters: false });
    expect(result).toMatchObject({ ok: true, data: { slug: 'pub' } });
    const row = db.select().from(publications).where(eq(publications.workspaceId, ws.id)).get()!;
    expect(row.blocks).toEqual(['map', 'budget']);
    expect(row.chapters).toBe(false);
    const page = findPublicStrategy(db, 'pub')!;
    expect(page.adoption).toEqual({ versionName: 'Adoptée', adoptedOn: '2026-03-12', body: 'Assemblée départementale', reference: 'Délibération n° 2026-045' });
    expect(Object.keys(page.blocks)).toEqual(['map', 'budget']);
    expect(page.chapters).toEqual([]);
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, ws.id), eq(auditLog.entityType, 'publication')))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['publication.publish']);

    // Only an admin unpublishes; then the page is gone from the very next read.
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(executeWorkspaceAction(unpublish, ws.people[role].id, ws.id, { versionId: ws.versionId })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(findPublicStrategy(db, 'pub')).not.toBeNull();
    expect(executeWorkspaceAction(unpublish, ws.people.admin.id, ws.id, { versionId: ws.versionId })).toMatchObject({ ok: true });
    expect(findPublicStrategy(db, 'pub')).toBeNull();
    expect(executeWorkspaceAction(unpublish, ws.people.admin.id, ws.id, { versionId: ws.versionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.workspaceId, ws.id), eq(auditLog.entityType, 'publication')))
        .all()
        .map((a) => a.action),
    ).toEqual(['publication.publish', 'publication.unpublish']);
  });

  it('refuses a version that is not the adopted one, and a workspace with nothing adopted', () => {
    const ws = adoptedWorkspace('pub');
    const editor = ws.ctx('editor');
    const later = db.transaction((tx) => saveVersion(tx, editor, { name: 'Brouillon', note: '' })).data.id;
    const bare = makeWorkspace('bare');
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(publish, ws.people.admin.id, ws.id, { versionId: later })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(publish, ws.people.admin.id, ws.id, { blocks: ['map'] })).toMatchObject({ ok: false, code: 'invalid' });
    expect(executeWorkspaceAction(publish, ws.people.admin.id, ws.id, { versionId: ws.versionId, blocks: ['review'] })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(executeWorkspaceAction(publish, bare.people.admin.id, bare.id, { versionId: ws.versionId })).toMatchObject({ ok: false, code: 'conflict' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('never crosses workspaces: another admin can neither publish nor unpublish B, even through their own workspace', () => {
    const a = adoptedWorkspace('alpha');
    const b = adoptedWorkspace('bravo');
    expect(executeWorkspaceAction(publish, b.people.admin.id, b.id, { versionId: b.versionId })).toMatchObject({ ok: true });
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(publish, a.people.admin.id, b.id, { versionId: b.versionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(unpublish, a.people.admin.id, b.id, { versionId: b.versionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(publish, a.people.admin.id, a.id, { versionId: b.versionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(unpublish, a.people.admin.id, a.id, { versionId: b.versionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
    expect(findPublicStrategy(db, 'alpha')).toBeNull();
    expect(findPublicStrategy(db, 'bravo')?.authority).toBe('Collectivité bravo');
  });

  it('the demo’s public page and PDF hold none of the demo’s personal data nor any comment', () => {
    seedDemo(db, 'not-a-real-hash');
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const admin = db.select().from(users).where(eq(users.email, 'admin@demo.filrouge.eu')).get()!;
    const versionId = ensureAdopted(ws.id, 'Claire Fontaine');
    // A review comment on the adopted version, naming a person: internal, never public.
    const section = listSections(db, loadMemberContext(admin.id, { id: ws.id }))[0]!;
    const threadId = crypto.randomUUID();
    const secret = 'Commentaire interne confidentiel 7f3a: appeler Martine Cazals au 06 12 34 56 78';
    db.insert(commentThreads)
      .values({
        id: threadId,
        workspaceId: ws.id,
        scope: 'review',
        sectionId: section.id,
        versionId,
        reviewId: null,
        quote: null,
        anchorStart: null,
        anchorEnd: null,
        status: 'open',
        createdById: admin.id,
        resolvedById: null,
        resolvedAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .run();
    db.insert(comments)
      .values({
        id: crypto.randomUUID(),
        workspaceId: ws.id,
        threadId,
        authorId: admin.id,
        authorName: 'Claire Fontaine',
        body: secret,
        mentions: [],
        createdAt: new Date(),
      })
      .run();

    const result = executeWorkspaceAction(publish, admin.id, ws.id, { versionId, blocks: [...PUBLIC_BLOCKS], chapters: true });
    expect(result.ok).toBe(true);
    const strategy = findPublicStrategy(db, DEMO_WORKSPACE_SLUG)!;
    // Something real is published: the vision, four axes with their actions, chapters and every block.
    expect(strategy.thread?.vision.length).toBeGreaterThan(20);
    expect(strategy.axes.length).toBe(4);
    expect(strategy.axes.flatMap((a) => a.actions).length).toBeGreaterThan(5);
    expect(strategy.chapters.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(strategy.blocks)).toEqual([...PUBLIC_BLOCKS]);
    const outputs = [JSON.stringify(strategy), renderPublicHtml(strategy, 'fr'), renderPublicHtml(strategy, 'en'), JSON.stringify(publicView(strategy, 'en'))];
    expect(outputs[1]).toContain(strategy.axes[0]!.title);

    // Every personal field of the demo data: people's names and emails, actors' contacts, and
    // every comment's body and author.
    const personal = personalValuesInDatabase();
    for (const c of db.select({ body: comments.body, author: comments.authorName }).from(comments).all()) personal.add(c.body).add(c.author);
    expect(personal.size).toBeGreaterThan(10);
    expect(personal).toContain('Martine Cazals');
    expect(personal).toContain(secret);
    for (const output of outputs) {
      for (const value of personal) {
        expect(output.toLowerCase().includes(value.toLowerCase()), `"${value}" must not be published`).toBe(false);
      }
      expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(output).not.toContain('7f3a');
    }
  });

  it('the publication fingerprint (which keys the public PDF’s HTML) changes with every publication and rename, and is null once unpublished', async () => {
    const ws = adoptedWorkspace('pubprint');
    const publishNow = () => executeWorkspaceAction(publish, ws.people.admin.id, ws.id, { versionId: ws.versionId, blocks: ['map'] });
    expect(publicationFingerprint(db, 'pubprint')).toBeNull();
    expect(publishNow().ok).toBe(true);
    const first = publicationFingerprint(db, 'pubprint');
    expect(first).not.toBeNull();
    expect(publicationFingerprint(db, 'pubprint')).toBe(first);
    // Published again: a new publication time, a new fingerprint.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(publishNow().ok).toBe(true);
    const second = publicationFingerprint(db, 'pubprint');
    expect(second).not.toBe(first);
    // The authority renamed: its name is printed, so the fingerprint changes too.
    db.update(workspaces).set({ name: 'Autre nom' }).where(eq(workspaces.id, ws.id)).run();
    expect(publicationFingerprint(db, 'pubprint')).not.toBe(second);
    expect(executeWorkspaceAction(unpublish, ws.people.admin.id, ws.id, { versionId: ws.versionId }).ok).toBe(true);
    expect(publicationFingerprint(db, 'pubprint')).toBeNull();
  });
});
