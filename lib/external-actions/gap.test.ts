import { describe, expect, it } from 'vitest';
import { ALL_RETURN_CATEGORIES } from '@/db/schema/external-actions';
import { computeReturnsGap } from './gap';

describe('returns gap', () => {
  it('lists every category in order, zeros included, with no share when nothing was expected', () => {
    const gap = computeReturnsGap({ expected: [], observed: [] });
    expect(gap.rows.map((r) => r.category)).toEqual(ALL_RETURN_CATEGORIES);
    expect(gap.rows.every((r) => r.expected === 0 && r.observed === 0 && r.share === null)).toBe(true);
    expect(gap.overall).toEqual({ expected: 0, met: 0, share: null, observed: 0, answering: 0, unexpected: 0 });
  });

  it('computes the share of expected returns ever observed per category, per scope and overall', () => {
    // Economic returns much expected, never observed; cultural opening never expected, often seen.
    const gap = computeReturnsGap({
      expected: [
        { category: 'economic', total: 8, met: 0 },
        { category: 'networking', total: 4, met: 3 },
        { category: 'visibility', total: 2, met: 1 },
        { category: 'agent_practices', total: 2, met: 2 },
      ],
      observed: [
        { category: 'networking', total: 5, unexpected: 1 },
        { category: 'cultural_opening', total: 6, unexpected: 6 },
        { category: 'visibility', total: 1, unexpected: 0 },
        { category: 'agent_practices', total: 4, unexpected: 1 },
      ],
    });
    const row = (c: string) => gap.rows.find((r) => r.category === c)!;
    expect(row('economic')).toMatchObject({ scope: 'territory', expected: 8, met: 0, share: 0, observed: 0, unexpected: 0 });
    expect(row('networking')).toMatchObject({ expected: 4, met: 3, share: 0.75, observed: 5, answering: 4, unexpected: 1 });
    expect(row('cultural_opening')).toMatchObject({ expected: 0, met: 0, share: null, observed: 6, answering: 0, unexpected: 6 });
    expect(row('agent_practices')).toMatchObject({ scope: 'administration', share: 1, answering: 3 });
    expect(gap.byScope.territory).toEqual({ expected: 12, met: 3, share: 0.25, observed: 11, answering: 4, unexpected: 7 });
    expect(gap.byScope.administration).toEqual({ expected: 4, met: 3, share: 0.75, observed: 5, answering: 4, unexpected: 1 });
    expect(gap.overall).toEqual({ expected: 16, met: 6, share: 6 / 16, observed: 16, answering: 8, unexpected: 8 });
  });

  it('ignores unknown categories and never reports more met or unexpected than the total', () => {
    const gap = computeReturnsGap({
      expected: [
        { category: 'weather', total: 3, met: 3 },
        { category: 'economic', total: 1, met: 4 },
      ],
      observed: [{ category: 'public_policies', total: 2, unexpected: 5 }],
    });
    expect(gap.overall.expected).toBe(1);
    expect(gap.rows.find((r) => r.category === 'economic')).toMatchObject({ met: 1, share: 1 });
    expect(gap.rows.find((r) => r.category === 'public_policies')).toMatchObject({ observed: 2, unexpected: 2, answering: 0 });
  });
});
