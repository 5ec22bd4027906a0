import { eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { db } from '@/db/client';
import { documentSections } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/member';
import { authSecret } from '@/lib/auth/secret';
import { AppError } from '@/lib/errors';
import { sectionAccess } from '@/lib/strategy-document/access';
import { sectionIdFromDocumentName } from './names';

// No `server-only`: this runs in the collaboration server, beside Next in the same process.

/** The cookies next-auth v4 writes (the secure name over HTTPS); a large token is split in `.0`, `.1`… */
const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/** Why a connection is refused: no valid session, or a person without access to that section. */
export class CollabRefused extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason);
    this.name = 'CollabRefused';
  }
}

export type CollabAccess = { userId: string; workspaceId: string; sectionId: string; readOnly: boolean };

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The raw session token carried by a request's cookies, joining next-auth's chunks when split. */
export function sessionTokenFromCookies(header: string | null): string | null {
  const cookies = parseCookies(header);
  for (const name of SESSION_COOKIES) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks = [...cookies.entries()]
      .filter(([key]) => key.startsWith(`${name}.`))
      .sort(([a], [b]) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
    if (chunks.length) return chunks.map(([, value]) => value).join('');
  }
  return null;
}

/** The person a session token names, or null when it is missing, forged or expired. */
export async function userIdFromSessionToken(token: string | null): Promise<string | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    return typeof payload?.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

/**
 * The access of a person to a section's document, asked fresh from the database: the section's
 * workspace membership, the policy and the section rule. Throws CollabRefused for nothing.
 */
export function sectionAccessFor(userId: string, documentName: string): CollabAccess {
  const sectionId = sectionIdFromDocumentName(documentName);
  if (!sectionId) throw new CollabRefused('forbidden');
  const section = db
    .select({ workspaceId: documentSections.workspaceId, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(documentSections)
    .where(eq(documentSections.id, sectionId))
    .get();
  // Only written sections have a collaborative document; data sections are rendered from the data.
  if (!section || section.kind !== 'written') throw new CollabRefused('forbidden');
  let member;
  try {
    // Only the membership of the section's own workspace counts.
    member = loadMemberContext(userId, { id: section.workspaceId });
  } catch (error) {
    if (error instanceof AppError) throw new CollabRefused('forbidden');
    throw error;
  }
  const access = sectionAccess(member, section);
  if (access === 'none') throw new CollabRefused('forbidden');
  return { userId, workspaceId: section.workspaceId, sectionId, readOnly: access !== 'write' };
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
