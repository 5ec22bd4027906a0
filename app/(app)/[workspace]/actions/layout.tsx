import type { ReactNode } from 'react';
import '../shared.css';
import './external-actions.css';
import './external-actions-views.css';

/** The external actions' pages share two style sheets (the register and form; the matrix heat map, returns, budget) loaded only here. */
export default function ExternalActionsLayout({ children }: { children: ReactNode }) {
  return children;
}
