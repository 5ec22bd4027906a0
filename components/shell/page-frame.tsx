import type { ReactNode } from 'react';
import { getSessionUser } from '@/lib/auth/session';
import { AppHeader } from './app-header';

/**
 * Banner and main landmark for pages outside a workspace (sign-in, account, errors). `bare` is for
 * the not-found and forbidden pages: Next renders them into every page's payload as its error
 * boundaries, so they show the banner without the person's menus (no reads, a fraction of the
 * markup); their link home leads back to everything.
 */
export async function PageFrame({
  children,
  narrow,
  bare,
  title,
  lead,
}: {
  children: ReactNode;
  narrow?: boolean;
  bare?: boolean;
  /** The page's heading and the lead paragraph under it, when the page starts with them. */
  title?: string;
  lead?: ReactNode;
}) {
  const user = bare ? null : await getSessionUser().catch(() => null);
  return (
    <>
      <AppHeader user={user} />
      <main id="main" tabIndex={-1} className={narrow ? 'page narrow' : 'page'}>
        {title ? <h1>{title}</h1> : null}
        {lead ? <p className="lead">{lead}</p> : null}
        {children}
      </main>
    </>
  );
}
