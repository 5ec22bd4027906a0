import type { IndicatorStatus } from '@/lib/strategy/status';
import './indicator-status.css';

/** An indicator's status as a word in a coloured badge (`label` is the translated word). */
export function StatusBadge({ status, label }: { status: IndicatorStatus | null; label: string }) {
  return (
    <span className="status-badge" data-status={status ?? 'none'}>
      {label}
    </span>
  );
}
