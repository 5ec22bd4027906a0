import { loadMemberContext } from '@/lib/auth/member';
import { AppError } from '@/lib/errors';
import { resolveCollabDocument } from '@/lib/partnerships/access';
import { parseDocumentName } from './names';
import type { RevokeReason } from './protocol';

import { sessionTokenFromCookies, userIdFromSessionToken } from '@/lib/auth/session-token';

export { sessionTokenFromCookies, userIdFromSessionToken };

// No `server-only`: this runs in the collaboration server, beside Next in the same process.

/** Why a connection is refused: no valid session, or a person without access to that section. */
export class CollabRefused extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason);
    this.name = 'CollabRefused';
  }
}

/** `sectionId` is the id in the document's name: a section's (also for its translations) or a partnership's. */
export type CollabAccess = { userId: string; workspaceId: string; sectionId: string; readOnly: boolean };

/**
 * The access of a person to a collaborative document (a written section, its translation, or a
 * partnership's page), asked fresh from the database: the document's workspace membership, the
 * policy and the document's rule. Throws CollabRefused for nothing.
 */
export function sectionAccessFor(userId: string, documentName: string): CollabAccess {
  const ref = parseDocumentName(documentName);
  if (!ref) throw new CollabRefused('forbidden');
  const target = resolveCollabDocument(ref);
  if (!target) throw new CollabRefused('forbidden');
  let member;
  try {
    // Only the membership of the document's own workspace counts.
    member = loadMemberContext(userId, { id: target.workspaceId });
  } catch (error) {
    if (error instanceof AppError) throw new CollabRefused('forbidden');
    throw error;
  }
  const access = target.access(member);
  if (access === 'none') throw new CollabRefused('forbidden');
  const sectionId =
    ref.type === 'partnership' ? ref.partnershipId : ref.type === 'evaluation' ? ref.evaluationId : ref.type === 'debrief' ? ref.missionId : ref.sectionId;
  return { userId, workspaceId: target.workspaceId, sectionId, readOnly: access !== 'write' };
}

/**
 * Authenticates a connection to a document from the upgrade request's headers: the next-auth
 * session cookie decoded with the app's secret, then the same membership, policy and section rule
 * as the app. A read-only access opens the document without write rights.
 */
export async function authenticateCollab(headers: Headers, documentName: string): Promise<CollabAccess> {
  const userId = await userIdFromSessionToken(sessionTokenFromCookies(headers.get('cookie')));
  if (!userId) throw new CollabRefused('unauthenticated');
  return sectionAccessFor(userId, documentName);
}

/**
 * Refuses cross-site upgrades: a page of another site must not open a document with the
 * visitor's cookies. Requests without an Origin header (non-browser clients) pass to the cookie check.
 */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return true;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Asks again, for an open connection, whether its session still names the same person (a signed-out,
 * expired or ended session fails here: the session check of lib/auth/session-token.ts) and what
 * that person may now do with the document. Returns the revocation, or the access as it is now.
 */
export async function recheckCollabAccess(userId: string, token: string | null, documentName: string): Promise<CollabAccess | RevokeReason> {
  if ((await userIdFromSessionToken(token)) !== userId) return 'signed-out';
  try {
    return sectionAccessFor(userId, documentName);
  } catch (error) {
    if (error instanceof CollabRefused) return 'access-removed';
    throw error;
  }
}
