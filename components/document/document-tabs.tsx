import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The document's views: the document itself, its versions, and the printable page. */
export async function DocumentTabs({ slug, current }: { slug: string; current: 'document' | 'versions' | 'review' | null }) {
  const t = await getTranslations('document');
  const links = [
    { key: 'document', href: `/${slug}/document` },
    { key: 'versions', href: `/${slug}/document/versions` },
    { key: 'review', href: `/${slug}/document/review` },
  ] as const;
  return (
    <nav aria-label={t('tabsLabel')} className="tabs no-print">
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} aria-current={current === link.key ? 'page' : undefined}>
              {t(`tabs.${link.key}`)}
            </Link>
          </li>
        ))}
        <li>
          {/* A route handler, not a page: a plain link, no client-side navigation. */}
          <a href={`/${slug}/document/print`}>{t('tabs.print')}</a>
        </li>
      </ul>
    </nav>
  );
}
