import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { SHELL_NAMESPACES } from '@/lib/i18n/namespaces';
import type fr from '@/messages/fr.json';

export type Namespace = keyof typeof fr;

/**
 * Hands the client components below it the shell's message namespaces and `namespaces`, nothing
 * more: the messages travel in every page's payload (the whole catalogue weighed ~127 kB, rendered
 * and escaped on each request). The innermost provider wins, so it names everything its subtree's
 * client components use; lib/i18n/client-messages.test.ts checks that for every route file.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries([...SHELL_NAMESPACES, ...namespaces].map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
