import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

/** The messages of the missions' forms and client components (components/i18n/client-messages.tsx). */
export default function MissionsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['missions', 'externalActions', 'actors', 'document', 'concurrency', 'validation']}>{children}</ClientMessages>;
}
