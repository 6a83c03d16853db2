import { describe, expect, it } from 'vitest';
import { addYearMonths, parseYearMonth } from '../../lib/plan/year-month';

describe('year-month arithmetic', () => {
  it('a restart in November plus 6 months waits until the next May', () => {
    expect(addYearMonths('2026-11', 6)).toBe('2027-05');
    expect(addYearMonths('2026-12', 1)).toBe('2027-01');
    expect(addYearMonths('2027-01', -1)).toBe('2026-12');
  });
  it('a month that does not exist is refused, not guessed', () => {
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(parseYearMonth('2026-1')).toBeNull();
    expect(() => addYearMonths('2026-00', 1)).toThrow(RangeError);
  });
});
