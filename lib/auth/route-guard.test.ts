import { describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { checkRouteAccess } from './route-guard';

describe('route handler access', () => {
  it('answers 401 without a person, 404 outside the workspace, 403 without the permission', async () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const stranger = makeUser('Stranger');
    const status = (access: ReturnType<typeof checkRouteAccess>) => (access.ok ? 200 : access.response.status);
    expect(status(checkRouteAccess(null, { slug: 'alpha' }, 'actors.export'))).toBe(401);
    expect(status(checkRouteAccess(stranger.id, { slug: 'alpha' }, 'actors.export'))).toBe(404);
    expect(status(checkRouteAccess(b.people.admin.id, { slug: 'alpha' }, 'actors.export'))).toBe(404);
    expect(status(checkRouteAccess(a.people.admin.id, { slug: 'no-such-workspace' }, 'actors.export'))).toBe(404);
    for (const role of ['contributor', 'reviewer', 'partner'] as const) {
      expect(status(checkRouteAccess(a.people[role].id, { slug: 'alpha' }, 'actors.export'))).toBe(403);
    }
    const ok = checkRouteAccess(a.people.editor.id, { slug: 'alpha' }, 'actors.export');
    expect(ok.ok && ok.ctx).toMatchObject({ workspaceId: a.id, role: 'editor' });
    const denied = checkRouteAccess(a.people.reviewer.id, { slug: 'alpha' }, 'actors.export');
    if (!denied.ok) expect(await denied.response.json()).toEqual({ error: 'forbidden' });
  });
});
