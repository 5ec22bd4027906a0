import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import '../shared.css';
import './diagnostic.css';

/** The diagnostic's pages share a style sheet (levels, profile, print layout) loaded only here. */
export default function DiagnosticLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['diagnostic', 'concurrency', 'validation', 'roles']}>{children}</ClientMessages>;
}
