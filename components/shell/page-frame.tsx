import type { ReactNode } from 'react';
import { getSessionUser } from '@/lib/auth/session';
import { AppHeader } from './app-header';

/** Banner and main landmark for pages outside a workspace (sign-in, account, errors). */
export async function PageFrame({ children, narrow }: { children: ReactNode; narrow?: boolean }) {
  const user = await getSessionUser().catch(() => null);
  return (
    <>
      <AppHeader user={user} />
      <main id="main" tabIndex={-1} className={narrow ? 'page narrow' : 'page'}>
        {children}
      </main>
    </>
  );
}
