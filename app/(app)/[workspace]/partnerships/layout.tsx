import type { ReactNode } from 'react';
// The live editor's styles (carets, status, the server-rendered text hidden beside it) and the diff
// marks come from the document's stylesheet; the partnership space adds its own layout.
import '../document/document.css';
import './partnerships.css';

export default function PartnershipsLayout({ children }: { children: ReactNode }) {
  return children;
}
