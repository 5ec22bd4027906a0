import { describe, expect, it } from 'vitest';
import { pivotBudget, yearsOf } from './budget';
import { euros, toCents } from './fields';

describe('budget pivot', () => {
  it('sums cells per key and year, with row, column and grand totals, largest row first', () => {
    const years = [2024, 2025, 2026];
    const pivot = pivotBudget(
      [
        { key: 'culture', year: 2024, cents: 100_00 },
        { key: 'culture', year: 2024, cents: 50_00 },
        { key: 'culture', year: 2026, cents: 25_00 },
        { key: 'social', year: 2025, cents: 1_000_00 },
        { key: 'empty', year: 2025, cents: 0 },
      ],
      years,
    );
    expect(pivot.rows.map((r) => r.key)).toEqual(['social', 'culture']);
    expect(pivot.rows[1]).toEqual({ key: 'culture', byYear: { 2024: 150_00, 2025: 0, 2026: 25_00 }, total: 175_00 });
    expect(pivot.totalsByYear).toEqual({ 2024: 150_00, 2025: 1_000_00, 2026: 25_00 });
    expect(pivot.total).toBe(1_175_00);
    expect(pivot.rows.reduce((s, r) => s + r.total, 0)).toBe(pivot.total);
  });

  it('keeps fractions of a cent exact until display (an amount shared by three competencies)', () => {
    const third = 100_00 / 3;
    const pivot = pivotBudget(
      ['a', 'b', 'c'].map((key) => ({ key, year: 2025, cents: third })),
      [2025],
    );
    expect(pivot.total).toBeCloseTo(100_00, 9);
  });

  it('lists every year between the first and last, or only those present over a long span', () => {
    expect(yearsOf([])).toEqual([]);
    expect(yearsOf([{ year: 2026 }, { year: 2023 }, { year: 2024 }])).toEqual([2023, 2024, 2025, 2026]);
    expect(yearsOf([{ year: 1995 }, { year: 2025 }])).toEqual([1995, 2025]);
  });

  it('reads amounts as people type them, in cents without float drift', () => {
    const parse = (v: unknown) => euros.safeParse(v);
    expect(parse('12 500').data).toBe(12500);
    expect(parse('12\u202f500,50 €').data).toBe(12500.5);
    expect(parse('0,10').data).toBe(0.1);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(19.99)).toBe(1999);
    for (const bad of ['', 'abc', '-5', '0', '1,234', '12.345', '2000000000']) expect(parse(bad).success, bad).toBe(false);
  });
});
