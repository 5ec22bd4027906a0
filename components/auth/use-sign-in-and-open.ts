'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import type { ActionResult } from '@/lib/errors';
import { useActionForm } from '@/components/ui/use-action-form';

/** Signs in the account just created (with the password the person chose), then opens its workspace. */
export function useSignInAndOpen() {
  const router = useRouter();
  return async (email: string, password: string, workspaceSlug: string) => {
    await signIn('credentials', { email, password, redirect: false });
    router.push(`/${workspaceSlug}`);
    router.refresh();
  };
}

/**
 * A form that creates an account (first setup, accepted invitation): once the action succeeds, the
 * person is signed in with the password they typed and the workspace named by `workspaceSlug` opens.
 */
export function useAccountCreatingForm<T extends FieldValues & { password: string }, R extends { email: string }>(options: {
  defaultValues: DefaultValues<NoInfer<T>>;
  action: (values: T) => Promise<ActionResult<R>>;
  workspaceSlug: (data: R) => string;
}) {
  const signInAndOpen = useSignInAndOpen();
  const actionForm = useActionForm<T, R>({
    defaultValues: options.defaultValues,
    action: (values) => options.action(values),
    onSuccess: (data) => signInAndOpen(data.email, String(actionForm.form.getValues('password' as Path<T>)), options.workspaceSlug(data)),
  });
  return actionForm;
}
