import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { externalActionActors, externalActions, memberships } from '@/db/schema';
import { insertActor, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { loadMemberContext } from '@/lib/auth/member';
import { initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { storeDocumentState } from '@/lib/collab/persistence';
import { CollabRefused, sectionAccessFor } from '@/lib/collab/auth';
import { sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { shareSection } from './section-queries';
import { createPartnership } from './write-queries';

// Shared by the partnerships' Vitest files: a workspace with two partnerships and their partners,
// sections written and shared, joint actions; and what a collaboration connection gets.

export function foreignActor(workspaceId: string, name: string, country: string) {
  const normalizedName = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return insertActor(workspaceId, { name, family: 'external', category: 'partner_authority', country, normalizedName });
}

export function writeSection(sectionId: string, ...paragraphs: string[]) {
  storeDocumentState(sectionDocumentName(sectionId), yStateFromContent(contentFrom(paragraphs)));
}

export function writeTranslation(sectionId: string, language: string, ...paragraphs: string[]) {
  storeDocumentState(translationDocumentName(sectionId, language), yStateFromContent(contentFrom(paragraphs)));
}

/** An action run with `partner` (a joint action: the partnership space shows it). */
export function insertJointAction(workspaceId: string, title: string, partner: string) {
  const id = crypto.randomUUID();
  db.insert(externalActions)
    .values({
      id,
      workspaceId,
      title,
      normalizedTitle: title.toLowerCase(),
      type: 'decentralised_cooperation',
      rationales: [],
      status: 'running',
      countries: [],
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
  db.insert(externalActionActors).values({ workspaceId, actionId: id, actorId: partner, role: 'partner' }).run();
  return id;
}

/**
 * A workspace with two partnerships: Nioro-Kaya, bound to the fixture's partner, and Tamboura, bound
 * to a second partner user of its own.
 */
export function twoPartnerships() {
  const ws = makeWorkspace('alpha');
  const editor = ws.ctx('editor');
  const nioro = foreignActor(ws.id, 'Commune de Nioro-Kaya', 'SN');
  const tamboura = foreignActor(ws.id, 'Commune de Tamboura', 'BF');
  db.update(memberships)
    .set({ actorId: nioro })
    .where(and(eq(memberships.workspaceId, ws.id), eq(memberships.userId, ws.people.partner.id)))
    .run();
  const other = makeUser('Tamboura partner');
  db.insert(memberships)
    .values({ id: crypto.randomUUID(), workspaceId: ws.id, userId: other.id, role: 'partner', actorId: tamboura, createdAt: new Date() })
    .run();
  const mine = db.transaction((tx) => createPartnership(tx, editor, { actorId: nioro, title: 'Nioro-Kaya' })).data.id;
  const theirs = db.transaction((tx) => createPartnership(tx, editor, { actorId: tamboura, title: 'Tamboura' })).data.id;
  return { ws, editor, nioro, tamboura, other, mine, theirs };
}

/**
 * Two partnerships (above), one section shared with each and one shared with nobody, a joint
 * action with each partner.
 */
export function setup() {
  const { ws, editor, nioro, tamboura, other, mine, theirs } = twoPartnerships();
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const sections = listSections(db, editor);
  const written = sections.filter((s) => s.kind === 'written');
  const [shared, sharedOther, unshared] = [written[1]!.id, written[4]!.id, written[0]!.id];
  const dataSection = sections.find((s) => s.kind === 'territory')!.id;
  writeSection(shared, 'La gouvernance du partenariat repose sur un comité de pilotage annuel.');
  writeSection(unshared, 'Un avant-propos interne.');
  db.transaction((tx) => shareSection(tx, editor, { partnershipId: mine, sectionId: shared, shared: true }));
  db.transaction((tx) => shareSection(tx, editor, { partnershipId: theirs, sectionId: sharedOther, shared: true }));
  const jointAction = insertJointAction(ws.id, 'Eau potable', nioro);
  const otherAction = insertJointAction(ws.id, 'Assainissement', tamboura);
  return {
    ws,
    editor,
    partner: ws.ctx('partner'),
    otherPartner: loadMemberContext(other.id, { id: ws.id }),
    otherPartnerId: other.id,
    nioro,
    tamboura,
    mine,
    theirs,
    shared,
    sharedOther,
    unshared,
    dataSection,
    jointAction,
    otherAction,
  };
}

export const access = (userId: string, name: string) => {
  try {
    return sectionAccessFor(userId, name).readOnly ? 'read-only' : 'read-write';
  } catch (error) {
    if (error instanceof CollabRefused) return 'refused';
    throw error;
  }
};
