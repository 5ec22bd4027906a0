'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';

/** Signs in the account just created (with the password the person chose), then opens its workspace. */
export function useSignInAndOpen() {
  const router = useRouter();
  return async (email: string, password: string, workspaceSlug: string) => {
    await signIn('credentials', { email, password, redirect: false });
    router.push(`/${workspaceSlug}`);
    router.refresh();
  };
}
