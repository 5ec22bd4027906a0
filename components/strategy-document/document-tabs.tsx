import { Tabs } from '@/components/ui/page-head';
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
    <Tabs label={t('tabsLabel')} className="tabs no-print" current={current} items={links.map((link) => ({ ...link, label: t(`tabs.${link.key}`) }))}>
      <li>
        {/* A route handler, not a page: a plain link, no client-side navigation. */}
        <a href={`/${slug}/document/print`}>{t('tabs.print')}</a>
      </li>
    </Tabs>
  );
}
