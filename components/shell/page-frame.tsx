import type { ReactNode } from 'react';
import { getSessionUser } from '@/lib/auth/session';
import { AppHeader } from './app-header';

/**
 * Banner and main landmark for pages outside a workspace (sign-in, account, errors). `bare` is for
 * the not-found and forbidden pages: Next renders them into every page's payload as its error
 * boundaries, so they show the banner without the person's menus (no reads, a fraction of the
 * markup); their link home leads back to everything.
 */
export async function PageFrame({ children, narrow, bare }: { children: ReactNode; narrow?: boolean; bare?: boolean }) {
  const user = bare ? null : await getSessionUser().catch(() => null);
  return (
    <>
      <AppHeader user={user} />
      <main id="main" tabIndex={-1} className={narrow ? 'page narrow' : 'page'}>
        {children}
      </main>
    </>
  );
}
