import type { ReactNode } from 'react';
import { requirePageUser } from '@/lib/auth/page-guard';

/** Everything under (app) needs a signed-in person. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  await requirePageUser();
  return children;
}
