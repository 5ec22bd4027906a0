import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, users, workspaces } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { listMyWorkspaces } from '@/lib/workspaces/queries';
import { seedIfEmpty } from './index';
import { DEMO_ACCOUNTS, DEMO_PARTNER_WORKSPACE_SLUG, DEMO_PASSWORD, DEMO_WORKSPACE_SLUG } from './demo';
import { SECURITY_ACCOUNTS } from './security';

describe('demo seed', () => {
  it('seeds one account per role on an empty database, once', async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await seedIfEmpty(db)).toBe(false);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    expect(ws.level).toBe('departement');
    for (const account of DEMO_ACCOUNTS) {
      const user = db.select().from(users).where(eq(users.email, account.email)).get()!;
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'wrong-password')).toBe(false);
      const roles = listMyWorkspaces(db, user.id)
        .filter((w) => w.id === ws.id)
        .map((w) => w.role);
      expect(roles).toEqual([account.role]);
    }
    // + the partner's own workspace, + the access matrix's two outsiders (lib/seed/security.ts).
    // + the second elected official who reviews (lib/seed/review.ts).
    expect(db.select().from(memberships).all().length).toBe(DEMO_ACCOUNTS.length + 1 + 2 + 1);
    const partnerWs = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_PARTNER_WORKSPACE_SLUG)).get()!;
    const partner = db.select().from(users).where(eq(users.email, 'partner@demo.filrouge.eu')).get()!;
    const otherPartner = db.select().from(users).where(eq(users.email, SECURITY_ACCOUNTS.otherPartner.email)).get()!;
    const outsider = db.select().from(users).where(eq(users.email, SECURITY_ACCOUNTS.outsider.email)).get()!;
    expect(listMyWorkspaces(db, otherPartner.id).map((w) => [w.id, w.role])).toEqual([[ws.id, 'partner']]);
    expect(listMyWorkspaces(db, outsider.id).map((w) => [w.id, w.role])).toEqual([[partnerWs.id, 'editor']]);
    // The two partners stand for two different authorities.
    const actorOf = (userId: string) =>
      db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .all()
        .find((m) => m.workspaceId === ws.id)!.actorId;
    expect(actorOf(otherPartner.id)).toBeTruthy();
    expect(actorOf(otherPartner.id)).not.toBe(actorOf(partner.id));
    // The whole demo is written (five accounts' password hashes among it): about 3 s on a busy
    // two-core machine, over Vitest's default 5 s when other suites run beside it.
  }, 30_000);

  it('does nothing when FILROUGE_DEMO=0', async () => {
    process.env.FILROUGE_DEMO = '0';
    try {
      expect(await seedIfEmpty(db)).toBe(false);
      expect(db.select().from(users).all()).toHaveLength(0);
    } finally {
      delete process.env.FILROUGE_DEMO;
    }
  });
});
