import type { ReactNode } from 'react';
import '../shared.css';
import './external-actions.css';

/** The external actions' pages share a style sheet (matrix heat map, returns, budget) loaded only here. */
export default function ExternalActionsLayout({ children }: { children: ReactNode }) {
  return children;
}
