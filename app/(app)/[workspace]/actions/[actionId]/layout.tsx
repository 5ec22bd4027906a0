import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

/** The messages of this page's forms and client components (components/i18n/client-messages.tsx). */
export default function ActionLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['externalActions', 'milestones', 'concurrency', 'validation', 'iati', 'coFinancing']}>{children}</ClientMessages>;
}
