import type { ReactNode } from 'react';
import './document.css';

/** The strategy document's pages share their styles (outline, editor, comparison). */
export default function DocumentLayout({ children }: { children: ReactNode }) {
  return <div className="document-pages">{children}</div>;
}
