import 'server-only';
import { db } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { formatMoment } from '@/lib/format/dates';
import type { ApiTokenRow } from './token-options';
import { listApiTokens } from './tokens';

/** The workspace's tokens as the admin card shows them, dates in the person's language. */
export function apiTokenRows(ctx: MemberContext, locale: string, now = new Date()): ApiTokenRow[] {
  return listApiTokens(db, ctx).map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    created: formatMoment(locale, token.createdAt, 'medium', false),
    expires: formatMoment(locale, token.expiresAt, 'medium', false),
    lastUsed: token.lastUsedAt ? formatMoment(locale, token.lastUsedAt) : null,
    state: token.revokedAt ? 'revoked' : token.expiresAt <= now ? 'expired' : 'active',
  }));
}
