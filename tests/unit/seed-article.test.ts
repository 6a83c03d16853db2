import { describe, expect, it } from 'vitest';
import { parseSeed, toBlock } from '../../scripts/demo/seed-article';

const SEED = [
  '某地医保余额怎么转移?(05/12)',
  '',
  '2025-05-12 18:56:30社保网',
  '',
  '导语一段,说明背景。',
  '',
  '某地医保个人账户余额怎么跨省转移?',
  '',
  '1、转移条件:',
  '',
  '停保与参保:在原参保地已办理停保手续。',
  '',
  '社保网声明:资讯来源于网络,属作者个人观点,仅供参考。投诉',
  '电子医保卡和实体医保卡一样报销吗(2025-05-12) 2025-05-12 18:09医保知识 四川成都如何更改参保地?(5月12日) 2025-05-12 18:08医保知识',
  '湖南长沙医保卡余额可以取出来吗?(25/05/12) 2025-05-12 18:07医保知识',
].join('\n');

describe('parseSeed', () => {
  const article = parseSeed(SEED);

  it('reads the title and the byline (time, then source)', () => {
    expect(article.title).toBe('某地医保余额怎么转移?(05/12)');
    expect(article.published).toBe('2025-05-12 18:56:30');
    expect(article.source).toBe('社保网');
  });

  it('sets questions as sections, "label:" lines as sub-heads and keeps sentences as paragraphs', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(['p', 'h2', 'h3', 'p']);
  });

  it('stops the body at the disclaimer and splits the related links, each with its time', () => {
    expect(article.disclaimer).toMatch(/^社保网声明/);
    expect(article.related).toHaveLength(3);
    expect(article.related[1]).toEqual({ title: '四川成都如何更改参保地?(5月12日)', time: '2025-05-12 18:08', tag: '医保知识' });
  });
});

describe('toBlock', () => {
  it('does not make a heading of a long question or a sentence ending in a colon', () => {
    expect(toBlock('这是一个很长的问题,'.repeat(5) + '对吗?').kind).toBe('p');
    expect(toBlock('医保账户金额在符合条件的情况下可以转移。具体法规如下:').kind).toBe('p');
  });
});
