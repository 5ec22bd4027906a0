import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { countryCentroids, MAP_HEIGHT, MAP_WIDTH } from '@/lib/actors/world-map';
import { countMissionsByCountry } from './map';
import { createMission, setUp } from './test-setup';

describe('missions on the world map', () => {
  it('counts the visible missions by country, abroad, received and to come', () => {
    const s = setUp('mission-map');
    createMission(s);
    createMission(s, { title: 'Délégation de Nioro', direction: 'received', startDate: '2026-06-01', endDate: '2026-06-03', meetings: [] });
    createMission(s, { title: 'Mission à Tamboura', country: 'ML', partnershipId: s.otherPartnership, actionIds: [] });
    const counts = countMissionsByCountry(db, s.ws.ctx('editor'), '2026-05-01');
    expect(counts).toEqual([
      expect.objectContaining({ country: 'SN', total: 2, abroad: 1, received: 1, upcoming: 1, latest: '2026-06-01' }),
      expect.objectContaining({ country: 'ML', total: 1, abroad: 1, received: 0, upcoming: 0 }),
    ]);
    // A partner counts only their own partnership's missions.
    expect(countMissionsByCountry(db, s.ws.ctx('partner'), '2026-05-01').map((c) => [c.country, c.total])).toEqual([['SN', 2]]);
    // Another workspace sees none of them.
    expect(countMissionsByCountry(db, setUp('mission-map-other').ws.ctx('editor'))).toEqual([]);
  });

  it('places a marker inside the map for each country, France in Europe', () => {
    const centroids = countryCentroids();
    const [fx, fy] = centroids.get('FR')!;
    const [sx, sy] = centroids.get('SN')!;
    expect(fx).toBeGreaterThan(0);
    expect(fx).toBeLessThan(MAP_WIDTH);
    expect(fy).toBeLessThan(MAP_HEIGHT / 3); // Guiana would pull it to the south
    expect(sy).toBeGreaterThan(fy); // Senegal is south of France
    expect(sx).toBeLessThan(fx); // and west of it
  });
});
