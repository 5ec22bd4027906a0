import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

/** The messages of the calls for projects' form and buttons (components/i18n/client-messages.tsx). */
export default function ProjectCallsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['calendar', 'externalActions', 'validation']}>{children}</ClientMessages>;
}
