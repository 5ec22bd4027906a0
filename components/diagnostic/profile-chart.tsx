'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { RadarPoint } from './radar-chart';
import { ChartFigure } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only where a profile is drawn.
const ProfileRadar = dynamic(() => import('./radar-chart'), { ssr: false, loading: () => <div className="radar-placeholder" /> });

/** The radar profile with its legend; `tableId` names the table that gives the same figures. */
export function ProfileChart({
  points,
  currentLabel,
  earlierLabel,
  tableId,
}: {
  points: RadarPoint[];
  currentLabel: string;
  earlierLabel?: string;
  tableId: string;
}) {
  const t = useTranslations('diagnostic');
  const legend = [{ key: 'current', colour: '#b3261e', label: currentLabel }];
  if (earlierLabel) legend.push({ key: 'earlier', colour: '#3f4d5c', label: earlierLabel });
  return (
    <ChartFigure
      chart={<ProfileRadar points={points} withEarlier={!!earlierLabel} />}
      boxClass="radar-box"
      legend={legend}
      tableId={tableId}
      tableLink={t('chartTableLink')}
      linkClass="no-print"
    />
  );
}
