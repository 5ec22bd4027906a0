import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { diagnosticFollowUps, memberships } from '@/db/schema';
import { insertPartnerAuthority, makeWorkspace } from '@/lib/test/fixtures';

// Shared by the calendar's Vitest files (the calendar, the weekly digest).

/** A workspace whose partner member is bound to a partner authority, Nioro; and its editor. */
export function workspaceWithNioro(slug: string) {
  const ws = makeWorkspace(slug);
  const nioro = insertPartnerAuthority(ws.id, 'Nioro');
  db.update(memberships).set({ actorId: nioro }).where(eq(memberships.userId, ws.people.partner.id)).run();
  return { ws, nioro, editor: ws.ctx('editor') };
}

/** An open follow-up of `diagnosticId`, owned by the workspace's reviewer, due on 8 June 2026. */
export function insertReviewerFollowUp(ws: ReturnType<typeof makeWorkspace>, diagnosticId: string, id: string) {
  db.insert(diagnosticFollowUps)
    .values({
      id,
      workspaceId: ws.id,
      diagnosticId,
      ruleKey: 'no_common_thread',
      title: 'Nommer un élu référent',
      ownerId: ws.people.reviewer.id,
      dueOn: '2026-06-08',
      status: 'open',
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
}
