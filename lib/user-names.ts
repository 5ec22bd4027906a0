import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';

/**
 * A person's name as it stands now ('' when the account is gone): what a version, adoption,
 * review or comment copies as its author's, submitter's or recorder's name.
 */
export function userName(tx: Tx, userId: string): string {
  return tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? '';
}
