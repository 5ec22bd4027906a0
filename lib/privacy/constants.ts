/**
 * Markers of an erased account (lib/privacy/queries.ts erasePersonalData). No `server-only`: the
 * session check (lib/auth/session.ts) and the collaboration server read them too.
 */

/** Stored instead of a password hash: no password verifies against it, and sessions of the account end. */
export const ERASED_PASSWORD_HASH = '!erased';

/** The name an erased account keeps, so that audit entries still read "who" without naming anyone. */
export const ERASED_NAME = '[erased]';

/** Replaces the person's name or email inside audit entries. */
export const ERASED_TEXT = '[erased]';

/** A unique, undeliverable address for an erased account (.invalid is reserved, RFC 2606). */
export function erasedEmail(id: string) {
  return `erased-${id}@erased.invalid`;
}
