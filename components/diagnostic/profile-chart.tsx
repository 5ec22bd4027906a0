'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { RadarPoint } from './radar-chart';

// recharts is loaded on its own, in the browser, only where a profile is drawn.
const ProfileRadar = dynamic(() => import('./radar-chart'), {
  ssr: false,
  loading: () => <div className="radar-placeholder" />,
});

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
  return (
    <figure>
      <div className="radar-box" aria-hidden="true">
        <ProfileRadar points={points} withEarlier={!!earlierLabel} />
      </div>
      <figcaption>
        <span>
          <span className="legend-swatch" style={{ background: '#b3261e' }} aria-hidden="true" />
          {currentLabel}
        </span>
        {earlierLabel ? (
          <span>
            {' · '}
            <span className="legend-swatch" style={{ background: '#3f4d5c' }} aria-hidden="true" />
            {earlierLabel}
          </span>
        ) : null}
        <br />
        <a href={`#${tableId}`} className="no-print">
          {t('chartTableLink')}
        </a>
      </figcaption>
    </figure>
  );
}
