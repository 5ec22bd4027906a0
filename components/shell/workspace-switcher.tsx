import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

type Item = { slug: string; name: string; role: string };

/** A disclosure listing the person's workspaces; native <details> keeps it keyboard-usable. */
export async function WorkspaceSwitcher({ items, current }: { items: Item[]; current?: string }) {
  const t = await getTranslations('shell');
  const tr = await getTranslations('roles');
  const active = items.find((i) => i.slug === current);
  return (
    <details className="switcher">
      <summary>
        <span className="visually-hidden">{t('switchWorkspace')}: </span>
        {active?.name ?? t('chooseWorkspace')}
      </summary>
      <nav aria-label={t('yourWorkspaces')}>
        <ul>
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={`/${item.slug}`} aria-current={item.slug === current ? 'page' : undefined}>
                {item.name} <span className="muted">· {tr(item.role)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/workspaces/new">{t('newWorkspace')}</Link>
          </li>
        </ul>
      </nav>
    </details>
  );
}
