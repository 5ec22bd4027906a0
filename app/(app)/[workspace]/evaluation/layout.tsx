import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
// The live editor's styles (carets, status, the server-rendered text hidden beside it) come from the document's stylesheet.
import '../document/document.css';

/** The evaluation's pages: its forms and the written chapters' live editor. */
export default function EvaluationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['evaluation', 'document', 'validation']}>{children}</ClientMessages>;
}
