import type { ReactNode } from 'react';
import './strategy.css';

/** The strategy's pages share a style sheet loaded only here. */
export default function StrategyLayout({ children }: { children: ReactNode }) {
  return children;
}
