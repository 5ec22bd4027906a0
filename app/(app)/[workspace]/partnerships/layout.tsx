import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
// The live editor's styles (carets, status, the server-rendered text hidden beside it) and the diff
// marks come from the document's stylesheet; the partnership space adds its own layout.
import '../document/document.css';
import './partnerships.css';

export default function PartnershipsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['partnerships', 'document', 'milestones', 'validation']}>{children}</ClientMessages>;
}
