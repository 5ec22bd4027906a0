import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import './document.css';

/** The strategy document's pages share their styles (outline, editor, comparison). */
export default function DocumentLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={['document', 'partnerships', 'roles', 'validation']}>
      <div className="document-pages">{children}</div>
    </ClientMessages>
  );
}
