'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { z } from 'zod';
import fr from 'zod/v4/locales/fr.js';
import en from 'zod/v4/locales/en.js';

/** Client-side providers: React Query, and zod's messages in the page's language. */
export function Providers({ children, locale }: { children: ReactNode; locale: 'fr' | 'en' }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  z.config((locale === 'en' ? en : fr)());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
