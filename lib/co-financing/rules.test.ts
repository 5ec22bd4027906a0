import { describe, expect, it } from 'vitest';
import { centsToInput, inKindCents, parseEurosToCents, shareBasisPoints } from './money';
import { checkPlan, DEFAULT_RULES, isFlagged, planTotals, ruleSetOf, type PlanLine } from './rules';
import { LEAST_DEVELOPED_COUNTRIES, withLeastDevelopedCountry } from './ldc';
import { CoFinancingLineInput } from './schemas';

const line = (funderKind: PlanLine['funderKind'], cash: number, extra: Partial<PlanLine> = {}): PlanLine => ({
  funderKind,
  askedCents: cash,
  grantedCents: cash,
  staffDays: 0,
  staffDailyCostCents: 0,
  instalments: [],
  ...extra,
});
const statuses = (lines: PlanLine[], ldc = false) => Object.fromEntries(checkPlan(lines, DEFAULT_RULES, ldc).map((c) => [c.rule.key, c.status]));

describe('euros to cents', () => {
  it('reads amounts as people type them, exactly', () => {
    expect(parseEurosToCents('12 500,50 €')).toBe(1_250_050);
    expect(parseEurosToCents('0.1')).toBe(10);
    expect(parseEurosToCents('19.99')).toBe(1999);
    expect(parseEurosToCents(0)).toBe(0);
    expect(parseEurosToCents('1000000000')).toBe(100_000_000_000);
  });

  it('refuses negatives, text, three decimals and huge amounts', () => {
    for (const bad of ['-3', 'abc', '12.345', '1e3', '', '1,234.5', '1000000000.01', Number.NaN, -1]) expect(parseEurosToCents(bad)).toBeNull();
  });

  it('adds cents without float drift and computes shares in integers', () => {
    const cents = ['0.10', '0.20'].map((v) => parseEurosToCents(v)!);
    expect(cents[0]! + cents[1]!).toBe(30);
    expect(centsToInput(1_250_050)).toBe('12500.50');
    expect(centsToInput(1200)).toBe('12');
    expect(inKindCents(30, 25_000)).toBe(750_000);
    expect(shareBasisPoints(1, 3)).toBe(3333);
    expect(shareBasisPoints(5, 0)).toBe(0);
  });
});

describe('least developed countries', () => {
  it('holds the UN list of 44 and reads the action’s countries', () => {
    expect(LEAST_DEVELOPED_COUNTRIES.size).toBe(44);
    expect(withLeastDevelopedCountry(['FR', 'sn'])).toBe(true);
    expect(withLeastDevelopedCountry(['MA', 'DE'])).toBe(false);
  });
});

describe('call rules', () => {
  it('meets every rule on a balanced ministry plan', () => {
    const ministry = line('ministry_call', 60_000_00, {
      instalments: [
        { amountCents: 48_000_00, condition: 'none' },
        { amountCents: 12_000_00, condition: 'final_report' },
      ],
    });
    const own = line('own', 30_000_00, { staffDays: 40, staffDailyCostCents: 250_00 });
    const checks = checkPlan([ministry, own], DEFAULT_RULES, false);
    expect(checks.map((c) => [c.rule.key, c.status])).toEqual([
      ['ministry_max_other', 'met'],
      ['authority_min_share', 'met'],
      ['in_kind_max_of_authority', 'met'],
      ['final_instalment_min', 'met'],
    ]);
    expect(planTotals([ministry, own])).toEqual({ totalCents: 100_000_00, ministryCents: 60_000_00, authorityCents: 40_000_00, inKindCents: 10_000_00 });
    expect(checks[0]!.actualBasisPoints).toBe(6000);
    expect(isFlagged(checks)).toBe(false);
  });

  it('uses the LDC ceiling for least developed countries, at the exact threshold', () => {
    const plan = [line('ministry_call', 90_00), line('own', 10_00)];
    expect(statuses(plan, true).ministry_max_ldc).toBe('met');
    expect(statuses(plan, false).ministry_max_other).toBe('broken');
    expect(statuses([line('ministry_call', 90_01), line('own', 9_99)], true).ministry_max_ldc).toBe('broken');
  });

  it('flags a low own share, too much staff time and no final instalment held back', () => {
    const plan = [
      line('ministry_call', 50_000_00, { instalments: [{ amountCents: 50_000_00, condition: 'interim_report' }] }),
      line('interreg', 45_000_00),
      line('own', 1_000_00, { staffDays: 20, staffDailyCostCents: 200_00 }),
    ];
    expect(statuses(plan)).toEqual({
      ministry_max_other: 'met',
      authority_min_share: 'broken',
      in_kind_max_of_authority: 'broken',
      final_instalment_min: 'broken',
    });
  });

  it('counts what was asked until the funder decides, and leaves ministry rules aside without a ministry line', () => {
    const pending = line('ministry_call', 0, { askedCents: 80_000_00, grantedCents: null });
    expect(planTotals([pending, line('own', 20_000_00)]).ministryCents).toBe(80_000_00);
    expect(statuses([pending, line('own', 20_000_00)]).final_instalment_min).toBe('not_applicable');
    expect(statuses([line('afd', 100_00), line('own', 100_00)])).toMatchObject({
      ministry_max_other: 'not_applicable',
      in_kind_max_of_authority: 'not_applicable',
    });
  });

  it('applies a workspace’s own thresholds over the defaults', () => {
    const rules = ruleSetOf([{ key: 'authority_min_share', percent: 30, sourceText: 'Délibération 2026-12', sourceUrl: null }]);
    expect(rules.ministry_max_ldc).toEqual(DEFAULT_RULES.ministry_max_ldc);
    const checks = checkPlan([line('afd', 75_00), line('own', 25_00)], rules, false);
    expect(checks.find((c) => c.rule.key === 'authority_min_share')).toMatchObject({ status: 'broken', rule: { sourceText: 'Délibération 2026-12' } });
  });
});

describe('line input', () => {
  const base = { actionId: 'a1', year: '2026', funderKind: 'own', asked: '1 000,50' };
  it('parses euros to cents and refuses bad input with a message per field', () => {
    expect(CoFinancingLineInput.parse(base)).toMatchObject({ asked: 100_050, granted: null, paid: null, staffDays: 0 });
    const bad = CoFinancingLineInput.safeParse({ ...base, year: '1850', asked: '-5', granted: 'abc' });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ year: 'yearRange', asked: 'amountFormat', granted: 'amountFormat' });
  });

  it('names the ministry call by its year, refuses paid beyond granted and staff time on a funder', () => {
    const r = CoFinancingLineInput.safeParse({ ...base, funderKind: 'ministry_call', granted: '100', paid: '150', staffDays: '3', staffDailyCost: '200' });
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ callYear: 'callYearRequired', paid: 'paidOverGranted', staffDays: 'staffAuthorityOnly' });
    expect(CoFinancingLineInput.safeParse({ ...base, funderKind: 'interreg' }).error!.issues[0]!.message).toBe('funderNameRequired');
  });
});
