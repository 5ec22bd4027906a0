import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import './strategy.css';

/** The strategy's pages share a style sheet loaded only here. */
export default function StrategyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={['strategy', 'rounds', 'concurrency', 'validation']}>{children}</ClientMessages>;
}
