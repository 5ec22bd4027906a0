import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MemberContext } from '@/lib/auth/session';

type PageHeadProps = {
  title: ReactNode;
  /** The lead paragraph under the title, if any (`leadClass` for its class, `lead` by default). */
  lead?: ReactNode;
  leadClass?: string;
  /** More under the title (a date, a badge). */
  extra?: ReactNode;
  /** The page's commands, beside the title; when given (even empty) their box is drawn. */
  actions?: ReactNode;
  actionsClass?: string;
};

/** A page's heading block: its title and lead and, beside them, the page's commands. */
export function PageHead({ title, lead, leadClass = 'lead', extra, actions, actionsClass }: PageHeadProps) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        {lead ? <p className={leadClass}>{lead}</p> : null}
        {extra}
      </div>
      {actions !== undefined ? <div className={actionsClass ? `actions ${actionsClass}` : 'actions'}>{actions}</div> : null}
    </div>
  );
}

type TabsProps = {
  /** The navigation's accessible name. */
  label: string;
  items: readonly { key: string; href: string; label: string }[];
  /** The key of the view shown, marked `aria-current="page"`. */
  current: string | null;
  className?: string;
  listClassName?: string;
  /** Entries after the tabs (a link out of the views, e.g. a printable file). */
  children?: ReactNode;
};

/** The views of one area as a row of links, the current one marked for assistive technologies. */
export function Tabs({ label, items, current, className = 'tabs', listClassName, children }: TabsProps) {
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={item.key === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  );
}

/** What an area's header (title, lead, the area's views as tabs, commands) takes from a page; `current` is the view open. */
export type AreaHeaderProps<View> = {
  ctx: MemberContext;
  current: View;
  title: string;
  intro?: string;
  /** Commands in place of the area's usual ones. */
  children?: ReactNode;
};
