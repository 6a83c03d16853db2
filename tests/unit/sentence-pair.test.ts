import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { otherEndOf, pairInSentence } from '../../lib/cards/sentence-pair';

const places = (s: string) => bundledDetector().scan(s).mentions.filter((m) => m.kind === 'place');
const code = (s: string, name: string) => places(s).find((m) => m.name === name)!.id;

describe('both ends of a transfer named in one sentence', () => {
  it.each([
    ['从江西九江跨省转移到广东广州', '九江市', '广州市'],
    ['职工医保从九江转到广州后怎么办', '九江市', '广州市'],
    ['由成都转至重庆的参保人', '成都市', '重庆市'],
    ['九江转入广州需要哪些材料', '九江市', '广州市'],
  ])('%s', (sentence, from, to) => {
    expect(pairInSentence(sentence, places(sentence))).toEqual({ from: code(sentence, from), to: code(sentence, to) });
  });

  it('gives each end the other, also for the province part of 江西九江', () => {
    const s = '从江西九江跨省转移到广东广州';
    expect(otherEndOf(code(s, '九江市'), s, places(s))).toBe(code(s, '广州市'));
    expect(otherEndOf(code(s, '江西省'), s, places(s))).toBe(code(s, '广州市'));
    expect(otherEndOf(code(s, '广州市'), s, places(s))).toBe(code(s, '九江市'));
  });

  it('finds no pair where places are only listed', () => {
    const s = '九江、广州、成都的参保人都可以网上办理';
    expect(pairInSentence(s, places(s))).toBeUndefined();
    expect(pairInSentence('广州和深圳的政策不同', places('广州和深圳的政策不同'))).toBeUndefined();
  });
});
