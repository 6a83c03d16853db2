import { describe, expect, it } from 'vitest';
import { chinaToday } from '../../lib/calendar/china-today';

describe('chinaToday', () => {
  it('is already the next day in China late in the UTC evening', () => {
    expect(chinaToday(new Date('2026-09-27T16:30:00Z'))).toBe('2026-09-28');
    expect(chinaToday(new Date('2026-09-27T15:59:00Z'))).toBe('2026-09-27');
  });
});
