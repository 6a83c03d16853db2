import { describe, expect, it } from 'vitest';
import { cutPoints } from '../../lib/reading/text-cut';

describe('cutPoints', () => {
  it('leaves short text whole', () => {
    expect(cutPoints('九江市医保', 100)).toEqual([5]);
  });

  it('cuts long text after punctuation, never inside a name', () => {
    const sentence = '参保人从江西九江转到广东广州，';
    const text = sentence.repeat(200);
    const cuts = cutPoints(text, 100);
    let start = 0;
    for (const end of cuts) {
      expect(end - start).toBeLessThanOrEqual(100);
      expect(text[end - 1]).toBe('，');
      start = end;
    }
    expect(cuts.at(-1)).toBe(text.length);
  });

  it('cuts hard at the limit when there is no break at all', () => {
    const cuts = cutPoints('广'.repeat(250), 100);
    expect(cuts).toEqual([100, 200, 250]);
  });
});
