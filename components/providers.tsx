'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
// zod's core `config` only: importing `z` from 'zod' here put the whole library (~45 kB gzip) in every page's first load.
import { config as zodConfig } from 'zod/v4/core';
import fr from 'zod/v4/locales/fr.js';
import en from 'zod/v4/locales/en.js';

/** Client-side providers: React Query, and zod's messages in the page's language. */
export function Providers({ children, locale }: { children: ReactNode; locale: 'fr' | 'en' }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  zodConfig((locale === 'en' ? en : fr)());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
