'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The journey's navigation; marks the current page for assistive technologies. */
export function WorkspaceNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="nav-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
