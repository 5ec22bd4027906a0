'use client';

import { setFollowUpDoneAction } from '@/lib/missions/actions';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

/** Marks a follow-up item done or open again. Its own module: the mission page shows it without the debrief's forms. */
export function FollowUpDoneToggle({ workspaceId, id, done, label }: { workspaceId: string; id: string; done: boolean; label: string }) {
  const mutation = useRefreshingMutation((next: boolean) => setFollowUpDoneAction(workspaceId, { id, done: next }));
  return <input type="checkbox" aria-label={label} checked={done} disabled={mutation.isPending} onChange={(e) => mutation.mutate(e.target.checked)} />;
}
