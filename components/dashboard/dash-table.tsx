import type { ReactNode } from 'react';
import { DataTable, type Column } from '@/components/ui/data-table';

/**
 * A dashboard block's table: its caption names its scrolling region and is read by screen readers
 * only (the block's heading says it), unless `showCaption`.
 */
export function DashTable({
  caption,
  showCaption = false,
  columns,
  foot,
  children,
}: {
  caption: string;
  showCaption?: boolean;
  columns: readonly Column[];
  foot?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DataTable label={caption} caption={caption} hideCaption={!showCaption} className="dash-table" columns={columns} foot={foot}>
      {children}
    </DataTable>
  );
}
