import type { ReactNode } from 'react';
import './diagnostic.css';

/** The diagnostic's pages share a style sheet (levels, profile, print layout) loaded only here. */
export default function DiagnosticLayout({ children }: { children: ReactNode }) {
  return children;
}
