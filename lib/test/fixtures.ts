import crypto from 'node:crypto';
import { db, rawSqlite } from '@/db/client';
import { actors, memberships, users } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { ActorCategory, ActorFamily } from '@/db/enums/actors';
import { ROLES } from '@/db/schema/workspaces';
import { createWorkspace } from '@/lib/workspaces/queries';
import { loadMemberContext, type MemberContext } from '@/lib/auth/session';

/** Creates a person with a placeholder hash (tests that sign in hash a real password). */
export function makeUser(name: string, email = `${name.toLowerCase().replace(/\W+/g, '.')}-${crypto.randomUUID().slice(0, 6)}@test.local`) {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email, name, passwordHash: 'x', locale: 'fr', createdAt: new Date() }).run();
  return { id, email, name };
}

/** A workspace with one member per role, and the context each of them gets. */
export function makeWorkspace(slug: string) {
  const admin = makeUser(`${slug}-admin`);
  const ws = db.transaction((tx) =>
    createWorkspace(tx, admin.id, { slug, name: `Collectivité ${slug}`, level: 'commune', country: 'FR', population: 1000, languages: ['fr'] }),
  );
  const people = { admin } as Record<Role, { id: string; email: string; name: string }>;
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const person = makeUser(`${slug}-${role}`);
    db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: ws.id, userId: person.id, role, createdAt: new Date() }).run();
    people[role] = person;
  }
  const ctx = (role: Role): MemberContext => loadMemberContext(people[role].id, { id: ws.id });
  return { id: ws.id, slug, people, ctx };
}

/**
 * Row counts and a checksum of the content of every table (every column of every row), to prove
 * that a refused call changed nothing. `except` leaves out tables a refusal legitimately writes
 * (the rate limiter's counters, which count refused attempts too).
 */
export function databaseFingerprint({ except = [] as string[] } = {}) {
  const tables = rawSqlite()
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
    .all() as { name: string }[];
  const hash = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const rows = rawSqlite().prepare(`select * from "${name}" order by rowid`).all();
    counts[name] = rows.length;
    hash.update(name + JSON.stringify(rows));
  }
  return { counts, checksum: hash.digest('hex') };
}

/** Inserts an actor row straight into the table (no audit, no checks), for tests that only need one to exist. */
export function insertActor(
  workspaceId: string,
  row: { name: string; family: ActorFamily; category: ActorCategory; country?: string; id?: string; normalizedName?: string },
) {
  const id = row.id ?? crypto.randomUUID();
  db.insert(actors)
    .values({
      id,
      workspaceId,
      family: row.family,
      category: row.category,
      name: row.name,
      normalizedName: row.normalizedName ?? row.name.toLowerCase(),
      country: row.country,
      themes: [],
      languages: [],
      influence: 3,
      interest: 3,
      tags: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
  return id;
}

/** Inserts a partner authority abroad (an `external` actor), for tests that need one as a partner. */
export function insertPartnerAuthority(workspaceId: string, name: string, country = 'SN') {
  return insertActor(workspaceId, { name, family: 'external', category: 'partner_authority', country });
}
