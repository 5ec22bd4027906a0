import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Providers } from '@/components/providers';
import { toLocale } from '@/lib/i18n/config';
// The app-wide styles, in this order (the cascade depends on it).
import './styles/shell.css';
import './styles/content.css';
import './styles/tables.css';
import './styles/actors-map.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: 'Fil rouge', template: '%s · Fil rouge' }, description: t('description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations('shell');
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <ClientMessages namespaces={[]}>
          <Providers>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
