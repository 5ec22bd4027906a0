'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/errors';

/**
 * A server action run from a button or a select (no form): once it succeeds, the page's data is
 * refreshed; its result (a refusal's message) stays in `mutation.data` for the control to show.
 */
export function useRefreshingMutation<V = void, R = unknown>(mutationFn: (variables: V) => Promise<ActionResult<R>>) {
  const router = useRouter();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (result.ok) router.refresh();
    },
  });
}
