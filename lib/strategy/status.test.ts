import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_THRESHOLDS, expectedFor, projectToTermEnd, thresholdsValid, valueInRange, valueStatus, type TermFacts } from './status';

const facts: TermFacts = {
  baseline: 10,
  periodStart: 2025,
  periodEnd: 2028,
  targets: [
    { year: 2025, target: 20 },
    { year: 2027, target: 40 },
  ],
  finalTarget: 50,
  finalYear: 2028,
};

describe('expectedFor', () => {
  it('reads a set target, interpolates a missing year, and is null outside the term', () => {
    expect(expectedFor(facts, 2025)).toBe(20);
    expect(expectedFor(facts, 2026)).toBe(30);
    expect(expectedFor(facts, 2028)).toBe(50);
    expect(expectedFor(facts, 2024)).toBeNull();
    expect(expectedFor(facts, 2029)).toBeNull();
  });

  it('with no yearly target at all, draws the line from the baseline to the final target', () => {
    const bare = { ...facts, targets: [] };
    expect(expectedFor(bare, 2025)).toBe(20);
    expect(expectedFor(bare, 2026)).toBe(30);
  });

  it('property: a missing year lies between its neighbours', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (a, b) => {
        const f = { ...facts, targets: [{ year: 2025, target: a }], finalTarget: b, finalYear: 2028 };
        const mid = expectedFor(f, 2026)!;
        expect(mid).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-9);
        expect(mid).toBeLessThanOrEqual(Math.max(a, b) + 1e-9);
      }),
    );
  });
});

describe('valueStatus', () => {
  it('grades values against the year target', () => {
    // 2026 expects 30 from a baseline of 10: 20 of progress.
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2026, 30)).toBe('on_track');
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2026, 25)).toBe('at_risk');
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2026, 15)).toBe('off_track');
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2030, 99)).toBeNull();
  });

  it('a value exactly on a threshold takes the better status', () => {
    // 0.9 × 20 = 18 → 28 is on the at-risk threshold; 0.6 × 20 = 12 → 22 on the off-track one.
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2026, 28)).toBe('on_track');
    expect(valueStatus(facts, DEFAULT_THRESHOLDS, 2026, 22)).toBe('at_risk');
  });

  it('works for a decreasing indicator', () => {
    const down = { ...facts, baseline: 100, targets: [], finalTarget: 60, finalYear: 2028 };
    expect(valueStatus(down, DEFAULT_THRESHOLDS, 2026, 80)).toBe('on_track');
    expect(valueStatus(down, DEFAULT_THRESHOLDS, 2026, 95)).toBe('off_track');
  });

  it('property: the status never improves when the value moves away from the target', () => {
    const rank = { off_track: 0, at_risk: 1, on_track: 2 } as const;
    fc.assert(
      fc.property(fc.double({ min: -100, max: 200, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (v, d) => {
        const better = valueStatus(facts, DEFAULT_THRESHOLDS, 2026, v)!;
        const worse = valueStatus(facts, DEFAULT_THRESHOLDS, 2026, v - d)!;
        expect(rank[worse]).toBeLessThanOrEqual(rank[better]);
      }),
    );
  });

  it('property: on a threshold value the status is the better one, just under it the worse one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 99 }), (offPct, gap) => {
        const t = { offTrackBelow: offPct / 100, atRiskBelow: Math.min(offPct + 1 + gap, 100) / 100 };
        // expected progress of 2026 is 20: the threshold value is baseline + 20 × share.
        const onAtRisk = 10 + 20 * t.atRiskBelow;
        expect(valueStatus(facts, t, 2026, onAtRisk)).toBe('on_track');
        expect(valueStatus(facts, t, 2026, onAtRisk - 0.001)).toBe('at_risk');
      }),
    );
  });
});

describe('thresholds and range', () => {
  it('refuses overlapping thresholds', () => {
    expect(thresholdsValid({ atRiskBelow: 0.9, offTrackBelow: 0.6 })).toBe(true);
    expect(thresholdsValid({ atRiskBelow: 0.6, offTrackBelow: 0.6 })).toBe(false);
    expect(thresholdsValid({ atRiskBelow: 0.5, offTrackBelow: 0.7 })).toBe(false);
  });

  it('bounds a percentage to 0–100 and honours explicit bounds', () => {
    expect(valueInRange({ unit: '%', minValue: null, maxValue: null }, 101)).toBe(false);
    expect(valueInRange({ unit: '%', minValue: null, maxValue: null }, 100)).toBe(true);
    expect(valueInRange({ unit: 'élèves', minValue: 0, maxValue: null }, -1)).toBe(false);
    expect(valueInRange({ unit: 'élèves', minValue: null, maxValue: null }, -1)).toBe(true);
  });
});

describe('projectToTermEnd', () => {
  it('extends the straight line of the observed values to the end of the term', () => {
    const p = projectToTermEnd(
      [
        { observedOn: '2025-01-01', value: 10 },
        { observedOn: '2026-01-01', value: 20 },
      ],
      2028,
    )!;
    // +10 a year from 2025.0; the term ends at the close of 2028 (≈ 2029.0).
    expect(p).toBeCloseTo(50, 0);
  });

  it('is null with fewer than two values', () => {
    expect(projectToTermEnd([{ observedOn: '2025-01-01', value: 10 }], 2028)).toBeNull();
    expect(projectToTermEnd([], 2028)).toBeNull();
  });
});
