import type { MemberContext } from '@/lib/auth/member';

/** The demo workspace as the seeds receive it: its id, slug and the seeded accounts' ids by email. */
export type DemoWorkspace = { workspaceId: string; slug: string; users: Map<string, string> };

/** Acting in the demo workspace as the seeded account `email`, with `role` (not a partner). */
export function demoContext(demo: DemoWorkspace, email: string, role: MemberContext['role']): MemberContext {
  return { userId: demo.users.get(email)!, workspaceId: demo.workspaceId, workspaceSlug: demo.slug, role, actorId: null };
}
