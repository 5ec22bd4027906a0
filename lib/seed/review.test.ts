import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications, users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/member';
import { getAdoptedVersion, getReviewState } from '@/lib/review/queries';
import { verifyPassword } from '@/lib/auth/password';
import { seedIfEmpty } from './index';
import { DEMO_PASSWORD, DEMO_WORKSPACE_SLUG } from './demo';
import { SECOND_REVIEWER } from './review';

describe('demo review', () => {
  it('has an adopted first version, the next one in review with threads and one decision, and notifications', async () => {
    await seedIfEmpty(db);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const second = db.select().from(users).where(eq(users.email, SECOND_REVIEWER.email)).get()!;
    expect(await verifyPassword(second.passwordHash, DEMO_PASSWORD)).toBe(true);
    const ctx = loadMemberContext(second.id, { id: ws.id });
    expect(ctx.role).toBe('reviewer');
    expect(getAdoptedVersion(db, ws.id)).toMatchObject({
      versionName: 'Première version de travail',
      body: 'l’assemblée départementale',
      reference: expect.stringMatching(/^CD-\d{4}-042$/),
    });
    expect(getReviewState(db, ctx)).toMatchObject({
      status: 'in_review',
      versionName: 'Version pour le comité de pilotage',
      openThreads: 2,
      reviewers: [
        { name: 'Jean-Pierre Roussel', decision: 'pending' },
        { name: 'Nathalie Cordier', decision: 'approved' },
      ],
    });
    const elu = db.select().from(users).where(eq(users.email, 'elu@demo.filrouge.eu')).get()!;
    const kinds = db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, elu.id))
      .all()
      .map((n) => n.kind)
      .sort();
    expect(kinds).toEqual(['adopted', 'comment', 'review_requested', 'review_requested']);
  });
});
