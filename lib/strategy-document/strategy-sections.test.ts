import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { makeWorkspace } from '@/lib/test/fixtures';
import { getStrategyOverview } from '@/lib/strategy/queries';
import { currentSnapshot } from './queries';
import { sectionView } from './render';

describe('the common thread and the axes in the strategy document', () => {
  it("render the strategy module's current thread, axes, actions and indicators", () => {
    seedDemo(db, 'not-a-real-hash');
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const editor = loadMemberContext(db.select().from(users).where(eq(users.email, 'editor@demo.filrouge.eu')).get()!.id, { id: ws.id });
    const overview = getStrategyOverview(db, editor);
    expect(overview.thread).not.toBeNull();
    const snapshot = currentSnapshot(db, editor);
    const thread = snapshot.sections.find((s) => s.kind === 'thread')!;
    const axes = snapshot.sections.find((s) => s.kind === 'axes')!;
    const threadText = JSON.stringify(sectionView(thread, 'en').blocks);
    expect(threadText).toContain(overview.thread!.vision);
    expect(threadText).toContain('Guiding principles');
    const axesView = sectionView(axes, 'fr');
    const firstAxis = overview.axes[0]!;
    expect(axesView.blocks).toContainEqual({ type: 'subheading', text: `Axe 1 : ${firstAxis.title}` });
    const placed = overview.axes.flatMap((a) => a.actions);
    expect(placed.length).toBeGreaterThan(0);
    expect(JSON.stringify(axesView.blocks)).toContain(placed[0]!);
  });

  it('say plainly when nothing is written yet, and never invent content', () => {
    const ws = makeWorkspace('alpha');
    const snapshot = currentSnapshot(db, ws.ctx('editor'));
    const thread = sectionView({ id: 't', kind: 'thread', title: null, data: { thread: null } }, 'fr');
    expect(thread.blocks).toEqual([{ type: 'empty', text: expect.stringContaining('pas encore écrit') }]);
    const axes = sectionView({ id: 'a', kind: 'axes', title: null, data: { axes: [] } }, 'en');
    expect(axes.blocks).toEqual([{ type: 'empty', text: expect.stringContaining('No strategic axis') }]);
    expect(snapshot.sections.every((s) => s.kind === 'written' || !('pending' in s.data) || s.kind === 'territory')).toBe(true);
  });
});
