'use client';

import { useState } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The journey's navigation; marks the current page for assistive technologies. On a phone it folds
 * behind a menu button (app/styles/shell.css), so the page's own content starts on the first screen.
 */
export function WorkspaceNav({ label, menuLabel, links }: { label: string; menuLabel: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The page the menu was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <nav aria-label={label} className="workspace-nav">
      <button
        type="button"
        className="button ghost small nav-toggle"
        aria-expanded={open}
        aria-controls="workspace-nav-list"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span aria-hidden="true" className="nav-toggle-icon" />
        {menuLabel}
      </button>
      <ul className="nav-list" id="workspace-nav-list" data-open={open ? 'true' : 'false'}>
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
