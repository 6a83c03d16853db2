import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from '../../lib/matcher/normalize';
import { joinSegments } from '../helpers/join-segments';

describe('normalizeText', () => {
  it('removes spaces inside CJK runs and maps back to the original offsets', () => {
    const n = normalizeText('去九 江　市办理');
    expect(n.text).toBe('去九江市办理');
    const s = n.text.indexOf('九江市');
    expect(toOriginal(n, s, s + 3)).toEqual([1, 6]);
  });

  it('folds full-width digits and letters, keeps spaces between Latin words', () => {
    const n = normalizeText('需要４５个工作日 ok go');
    expect(n.text).toBe('需要45个工作日 ok go');
  });

  it('drops zero-width characters', () => {
    expect(normalizeText('九\u200b江').text).toBe('九江');
  });

  it('drops one pinyin syllable in brackets after a character, keeps other brackets', () => {
    const n = normalizeText('國(guó)際機（jī）場');
    expect(n.text).toBe('國際機場');
    expect(toOriginal(n, 0, 2)).toEqual([0, 7]);
    expect(normalizeText('北京(Beijing)和上海(2025)').text).toBe('北京(Beijing)和上海(2025)');
    expect(normalizeText('见附件(zhuangzhuang)').text).toBe('见附件(zhuangzhuang)');
  });

  it('keeps newlines: blocks stay separate', () => {
    expect(normalizeText('九\n江').text).toBe('九\n江');
  });
});

describe('joinSegments', () => {
  it('maps a name split across inline nodes to one range per node', () => {
    const segs = [
      { node: 'p1', text: '江西九' },
      { node: 'b', text: '江' },
      { node: 'p2', text: '医保' },
    ];
    const j = joinSegments(segs);
    expect(j.text).toBe('江西九江医保');
    expect(j.rangesOf(2, 4)).toEqual([
      { node: 'p1', start: 2, end: 3 },
      { node: 'b', start: 0, end: 1 },
    ]);
  });
});
