import { describe, expect, it } from 'vitest';
import { estimateLateFee, unpaidMonths } from '../../lib/plan/late-fee';

describe('unpaidMonths', () => {
  it('lists the months strictly between, across a year end', () => {
    expect(unpaidMonths('2025-11', '2026-03')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(unpaidMonths('2026-03', '2026-04')).toEqual([]);
  });
  it('refuses a restart before the last paid month and malformed months', () => {
    expect(unpaidMonths('2026-04', '2026-04')).toBeNull();
    expect(unpaidMonths('2026-05', '2026-04')).toBeNull();
    expect(unpaidMonths('2026-13', '2027-01')).toBeNull();
  });
});

describe('estimateLateFee', () => {
  it('charges 0.05 % per day from the day after each month ends until the restart month begins', () => {
    const est = estimateLateFee(['2026-04', '2026-05', '2026-06'], '2026-07', 500)!;
    expect(est.paidOn).toBe('2026-07-01');
    expect(est.rows.map((r) => [r.due, r.days, r.fee])).toEqual([
      ['2026-04-30', 62, 15.5],
      ['2026-05-31', 31, 7.75],
      ['2026-06-30', 1, 0.25],
    ]);
    expect(est.total).toBe(23.5);
  });
  it('handles February in a leap year and needs a positive amount', () => {
    expect(estimateLateFee(['2028-02'], '2028-03', 100)!.rows[0]).toMatchObject({ due: '2028-02-29', days: 1 });
    expect(estimateLateFee(['2026-04'], '2026-05', 0)).toBeNull();
    expect(estimateLateFee(['2026-04'], '2026-05', Number.NaN)).toBeNull();
  });
});
