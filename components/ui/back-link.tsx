import Link from 'next/link';
import type { ReactNode } from 'react';

/** The link back to the screen this one belongs to (the list, the record), on its own line above the title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href}>{children}</Link>
    </p>
  );
}
