import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { seedIfEmpty } from '@/lib/seed';
import { DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { loadMemberContext } from '@/lib/auth/session';
import { getDiagnosticView, listDiagnostics } from './queries';

describe('demo diagnostics', () => {
  it('seeds a completed diagnostic from last year and one in progress this year', async () => {
    await seedIfEmpty(db);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const as = (email: string) => loadMemberContext(db.select().from(users).where(eq(users.email, email)).get()!.id, { id: ws.id });
    const editor = as('editor@demo.filrouge.eu');
    const list = listDiagnostics(db, editor);
    const year = new Date().getUTCFullYear();
    expect(list.map((d) => [d.title, d.status])).toEqual([
      [`Autodiagnostic ${year}`, 'in_progress'],
      [`Autodiagnostic ${year - 1}`, 'completed'],
    ]);
    const last = getDiagnosticView(db, editor, list[1]!.id);
    expect(last.score.dimensions.every((d) => d.score !== null && d.answered === d.total)).toBe(true);
    expect(last.findings.map((f) => f.key)).toEqual(
      expect.arrayContaining(['support_rests_on_executive', 'no_point_people', 'calls_without_home_criteria', 'no_yearly_declaration']),
    );
    expect(last.diagnostic.questionnaireVersion).toBe('2026.2');

    // The contributor answers mobilisation and civil society this year, and sees only those.
    const contributor = as('contributor@demo.filrouge.eu');
    const current = getDiagnosticView(db, contributor, list[0]!.id);
    expect(current.visibleDimensions).toEqual(['mobilisation', 'civil_society']);
    // The reviewer sees last year's only.
    expect(listDiagnostics(db, as('elu@demo.filrouge.eu')).map((d) => d.status)).toEqual(['completed']);
  });
});
