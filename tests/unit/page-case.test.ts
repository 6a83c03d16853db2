import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { pageCaseNear } from '../../lib/rules/page-case';

/** The case read around the first mention of `place` in `text`, as the card would read it. */
function caseAround(text: string, place: string) {
  const m = bundledDetector().scan(text).mentions.find((x) => x.kind === 'place' && x.text === place)!;
  return pageCaseNear(m.sentenceTopics, m.topics);
}

describe('pageCaseNear', () => {
  it('reads 广东省方案:省内跨市转移… (seeds 003 and 004) as within the province', () => {
    expect(caseAround('广东省方案:省内跨市转移职工医保关系时,个人账户资金不划转、不提现,仅限跨市使用。', '广东省')).toBe('intra-province');
  });

  it('reads a heading about a cross-province move as cross-province', () => {
    expect(caseAround('广东广州医保个人账户余额怎么跨省转移?', '广东')).toBe('cross-province');
  });

  it('decides nothing where the passage names neither case, or both', () => {
    expect(caseAround('九江市医保局地址在哪里?', '九江市')).toBeUndefined();
    expect(caseAround('南昌的医保既可以跨省转移,也可以省内转移。', '南昌')).toBeUndefined();
  });

  it('falls back to the paragraph when the sentence names no case', () => {
    expect(pageCaseNear([], ['intra-province'])).toBe('intra-province');
    expect(pageCaseNear(['cross-province'], ['intra-province'])).toBe('cross-province');
  });
});
