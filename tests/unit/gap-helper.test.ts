import { describe, expect, it } from 'vitest';
import regionsFile from '../../data/regions.generated.json';
import { RULES } from '../../data/rules';
import { buildGapAdvice, gapBand, type GapInput } from '../../lib/plan/gap-helper';
import { loadRegions } from '../../lib/bundle/validated-regions';

const regions = loadRegions(regionsFile);
const advise = (input: Partial<GapInput>) =>
  buildGapAdvice(RULES, regions, { lastPaid: '2026-03', restart: '2026-07', cause: 'self', insurance: 'employee', status: 'flexible', ...input });
const ids = (rules: { id: string }[]) => rules.map((r) => r.id);

describe('gapBand', () => {
  it('splits at 3 and 6 months', () => {
    expect([0, 1, 3, 4, 6, 7].map(gapBand)).toEqual(['none', 'within-3', 'within-3', 'over-3', 'over-3', 'over-6']);
  });
});

describe('buildGapAdvice', () => {
  it('a gap of 3 months: back-pay with benefits from the month paid, and the next-month variation', () => {
    const a = advise({});
    expect(a.months).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(a.band).toBe('within-3');
    expect(ids(a.applies)).toEqual(['gap-before-transfer-within-3-months']);
    // The national rule, with the retroactive benefits the measures add (correction, issue 10).
    expect(a.applies.every((r) => !r.gap?.variation)).toBe(true);
    expect(a.applies[0]!.statement.zh).toContain('中断期间的待遇可按规定追溯享受');
    expect(a.applies[0]!.statement.zh).toContain('已连续参保2年（含）以上');
    expect(ids(a.variations)).toContain('gap-local-within-3-months-next-month');
    expect(a.benefitMonths).toEqual([
      { ruleId: 'gap-before-transfer-within-3-months', bound: 'from', month: '2026-07' },
      { ruleId: 'gap-local-within-3-months-next-month', bound: 'from', month: '2026-08' },
    ]);
  });

  it('a gap of 5 months: waiting period of at most 6 months, with the 3–6 month local variation', () => {
    const a = advise({ lastPaid: '2026-01' });
    expect(a.band).toBe('over-3');
    expect(ids(a.applies)).toEqual(['gap-before-transfer-over-3-months-waiting']);
    expect(ids(a.variations)).toEqual(expect.arrayContaining(['gap-3-to-6-months-wait', 'gap-continuous-years-reset']));
    expect(a.benefitMonths).toEqual([{ ruleId: 'gap-before-transfer-over-3-months-waiting', bound: 'by', month: '2027-01' }]);
  });

  it('a gap over 6 months adds the re-enrolment variation', () => {
    expect(ids(advise({ lastPaid: '2025-10' }).variations)).toContain('gap-over-6-months-reenrol');
  });

  it('estimates the late fee for a self-caused gap, with its sourced rule', () => {
    const a = advise({ monthly: 500 });
    expect(a.lateFee.rule?.id).toBe('gap-late-fee-daily-0-05-percent');
    expect(a.lateFee.estimate?.total).toBe(23.5);
    expect(a.lateFee.estimate?.rows.map((r) => r.days)).toEqual([62, 31, 1]);
  });

  it('an employer-caused gap: the employer back-pays and no fee is estimated for the person', () => {
    const a = advise({ cause: 'employer', status: 'employed', monthly: 500 });
    expect(a.lateFee.estimate).toBeNull();
    expect(a.lateFee.noFeeRule?.id).toBe('route-employer-backpay');
    expect(ids(a.routes)).toContain('route-employer-backpay');
    expect(ids(a.experiences)).toEqual(['example-employer-gap-2-months']);
  });

  it('a restart before the last paid month is refused, not guessed', () => {
    const a = advise({ lastPaid: '2026-08' });
    expect(a.months).toBeNull();
    expect(a.applies).toEqual([]);
  });
});
