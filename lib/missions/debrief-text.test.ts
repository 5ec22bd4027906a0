import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { collabDocuments, memberships, missions } from '@/db/schema';
import { makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { CollabRefused, sectionAccessFor } from '@/lib/collab/auth';
import { debriefDocumentName, parseDocumentName } from '@/lib/collab/names';
import { fetchDocumentState, storeDocumentState } from '@/lib/collab/persistence';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { getMissionDetail } from './queries';
import { getDebriefDetail } from './debrief';
import { missionReportBlocks } from './report-blocks';
import { renderMissionReportHtml } from './report-html';
import { createMission, run, setUp } from './test-setup';

/** What a person gets on a document: read-write, read-only, or refused (as the collaboration server decides). */
function accessOf(userId: string, name: string) {
  try {
    return sectionAccessFor(userId, name).readOnly ? 'read-only' : 'read-write';
  } catch (error) {
    if (error instanceof CollabRefused) return 'refused';
    throw error;
  }
}

function member(wsId: string, role: 'contributor' | 'partner', actorId: string | null = null) {
  const person = makeUser(`debrief-${role}`);
  db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: wsId, userId: person.id, role, actorId, createdAt: new Date() }).run();
  return person.id;
}

const write = (missionId: string, paragraphs: string[]) => storeDocumentState(debriefDocumentName(missionId), yStateFromContent(contentFrom(paragraphs)));

describe('the live free text of a mission debrief (debrief:<missionId>)', () => {
  it('parses its name and refuses malformed ones', () => {
    expect(parseDocumentName('debrief:abc-123')).toEqual({ type: 'debrief', missionId: 'abc-123' });
    expect(parseDocumentName('debrief:')).toBeNull();
    expect(parseDocumentName('debrief:a/b')).toBeNull();
  });

  it('is written by the assignee and managers, read by other readers of the mission, refused to others', () => {
    const s = setUp('debrief-live-access');
    const id = createMission(s);
    const name = debriefDocumentName(id);
    const p = s.ws.people;
    expect(accessOf(p.contributor.id, name)).toBe('read-write');
    expect(accessOf(p.admin.id, name)).toBe('read-write');
    expect(accessOf(p.editor.id, name)).toBe('read-write');
    expect(accessOf(p.reviewer.id, name)).toBe('read-only');
    // Another contributor reads the mission but does not write its debrief.
    expect(accessOf(member(s.ws.id, 'contributor'), name)).toBe('read-only');
    // The partner of the mission's partnership reads it; the partner of another partnership does not.
    expect(accessOf(p.partner.id, name)).toBe('read-only');
    expect(accessOf(member(s.ws.id, 'partner', s.other), name)).toBe('refused');
    expect(accessOf(member(s.ws.id, 'partner'), name)).toBe('refused');
    // A member of another workspace only, and an unknown mission.
    const elsewhere = makeWorkspace('debrief-live-elsewhere');
    expect(accessOf(elsewhere.people.admin.id, name)).toBe('refused');
    expect(accessOf(p.admin.id, debriefDocumentName('no-such-mission'))).toBe('refused');
    // Re-assigned: the former assignee now only reads it.
    const other = member(s.ws.id, 'contributor');
    db.update(missions).set({ debriefAssigneeId: other }).where(eq(missions.id, id)).run();
    expect(accessOf(other, name)).toBe('read-write');
    expect(accessOf(p.contributor.id, name)).toBe('read-only');
  });

  it('stores its state in the mission’s workspace, and nothing once the mission is removed', () => {
    const s = setUp('debrief-live-store');
    const id = createMission(s);
    const name = debriefDocumentName(id);
    expect(write(id, ['Rencontre avec le maire.'])).toBe(true);
    expect(db.select().from(collabDocuments).where(eq(collabDocuments.name, name)).get()).toMatchObject({ workspaceId: s.ws.id });
    expect(getDebriefDetail(db, s.ws.ctx('reviewer'), id).freeText).toEqual({
      html: '<p>Rencontre avec le maire.</p>',
      paragraphs: ['Rencontre avec le maire.'],
    });
    expect(run('missions.delete', s.ws, 'admin', { id })).toEqual({ ok: true, data: null });
    // The removal takes the stored text with it, and a late save brings nothing back.
    expect(fetchDocumentState(name)).toBeNull();
    expect(write(id, ['Sauvegarde tardive.'])).toBe(false);
    expect(fetchDocumentState(name)).toBeNull();
    expect(accessOf(s.ws.people.admin.id, name)).toBe('refused');
  });

  it('goes into the mission report, DOCX and PDF alike', () => {
    const s = setUp('debrief-live-report');
    const id = createMission(s);
    write(id, ['Le comité a validé le chantier.', 'Prochaine visite en juin.']);
    const ctx = s.ws.ctx('partner');
    const detail = getMissionDetail(db, ctx, id);
    const debrief = getDebriefDetail(db, ctx, id);
    const blocks = missionReportBlocks(detail, debrief, 'en');
    const at = blocks.findIndex((b) => b.type === 'h2' && b.text === 'Text written together');
    expect(at).toBeGreaterThan(0);
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { type: 'p', text: 'Le comité a validé le chantier.' },
      { type: 'p', text: 'Prochaine visite en juin.' },
    ]);
    const html = renderMissionReportHtml(detail, debrief, 'fr');
    expect(html).toContain('<h3>Texte rédigé ensemble</h3>');
    expect(html).toContain('<p>Prochaine visite en juin.</p>');
    // No free text yet: no heading for it.
    const empty = createMission(s, { title: 'Sans texte' });
    expect(
      missionReportBlocks(getMissionDetail(db, ctx, empty), getDebriefDetail(db, ctx, empty), 'en').some(
        (b) => b.type === 'h2' && b.text === 'Text written together',
      ),
    ).toBe(false);
  });
});
