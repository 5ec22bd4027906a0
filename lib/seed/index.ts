import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { hash } from '@node-rs/argon2';
import { DEMO_PASSWORD, seedDemo } from './demo';

/** Seeds the demo when the database has no account yet and FILROUGE_DEMO is not 0. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (process.env.FILROUGE_DEMO === '0') return false;
  if (db.select({ id: users.id }).from(users).limit(1).get()) return false;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  seedDemo(db, passwordHash);
  return true;
}
