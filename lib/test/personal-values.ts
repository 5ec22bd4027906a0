import { isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, users } from '@/db/schema';

/**
 * Every personal value in the database: people's names and emails, actors' contacts. Tests of
 * what goes out (open data, the public strategy) check that none of them appears.
 */
export function personalValuesInDatabase() {
  const personal = new Set<string>();
  for (const u of db.select({ name: users.name, email: users.email }).from(users).all()) personal.add(u.name).add(u.email);
  for (const a of db
    .select({ name: actors.contactName, email: actors.contactEmail, phone: actors.contactPhone })
    .from(actors)
    .where(isNotNull(actors.contactName))
    .all())
    for (const v of [a.name, a.email, a.phone]) if (v) personal.add(v);
  return personal;
}
