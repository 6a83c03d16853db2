import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../lib/reading/chinese-page';

const zh = '医保关系转移接续需要在转出地办理停保手续，再到转入地参保登记，一般不超过十五个工作日。';

describe('pageLanguage', () => {
  it('recognises a Chinese article', () => {
    expect(pageLanguage({ text: zh })).toBe('chinese');
  });

  it('recognises short Chinese text when the page declares zh', () => {
    expect(pageLanguage({ lang: 'zh-CN', text: '九江医保' })).toBe('chinese');
    expect(pageLanguage({ text: '九江医保' })).toBe('undecided');
  });

  it('rejects Japanese, which shares Han characters', () => {
    const ja = '健康保険の移行手続きについて、東京都から大阪府へ引っ越した場合の説明です。必要な書類を確認してください。';
    expect(pageLanguage({ text: ja })).toBe('not-chinese');
    expect(pageLanguage({ lang: 'ja', text: '東京都大阪府の健康保険' })).toBe('not-chinese');
  });

  it('rejects Korean', () => {
    expect(pageLanguage({ text: '건강보험 이전 절차에 대한 안내입니다. 서울에서 부산으로 이사한 경우 필요한 서류를 확인하세요. 医保' })).toBe(
      'not-chinese',
    );
  });

  it('rejects an English page quoting a few Chinese words', () => {
    const en = 'Moving your medical insurance between cities in China is called 医保关系转移接续. '.repeat(8);
    expect(pageLanguage({ text: en })).toBe('not-chinese');
  });

  it('waits when there is too little text to tell', () => {
    expect(pageLanguage({ text: '' })).toBe('undecided');
    expect(pageLanguage({ text: 'Loading…' })).toBe('undecided');
  });

  it('decides against a long page without Chinese', () => {
    expect(pageLanguage({ text: 'lorem ipsum dolor sit amet '.repeat(30) })).toBe('not-chinese');
  });
});
