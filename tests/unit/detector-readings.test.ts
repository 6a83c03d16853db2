/**
 * Readings a user notices on real pages, with the bundled data: names inside other names are no
 * places, a sure name beats a doubtful one it overlaps, traditional pages are read like simplified
 * ones with spans in their own text, and a transfer's two ends come back as a pair.
 */
import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';

const detector = bundledDetector();
const places = (text: string) =>
  detector
    .scan(text)
    .mentions.filter((m) => m.kind === 'place')
    .map((m) => m.name);
const topics = (text: string) => [...new Set(detector.scan(text).mentions.filter((m) => m.kind === 'topic').map((m) => m.id))];

describe('names inside other names', () => {
  it('reads streets, lakes, sights and firms named for a place as no place', () => {
    expect(places('上海的南京路步行街和南京东路站')).toEqual(['上海市']);
    expect(places('成都到青海湖自驾')).toEqual(['成都市']);
    expect(places('北京燕京啤酒股份有限公司的北京时间')).toEqual([]);
  });

  it('still reads two names written together as two places', () => {
    expect(places('广东湖南两省')).toEqual(['广东省', '湖南省']);
    expect(places('在上海工作')).toEqual(['上海市']);
  });

  it('reads a club after a result verb as the club, and 向 + direction + motion as a direction', () => {
    expect(places('昨晚青岛海牛客场逼平南通支云。')).toEqual([]);
    expect(places('这条河向北流入大海，我们向南京进发')).toEqual(['南京市']);
  });

  it('reads a club named for its city as the club on the whole page', () => {
    expect(places('成都蓉城主场迎战天津津门虎。成都蓉城剑指连胜，天津津门虎阵中有伤')).toEqual([]);
    expect(places('成都蓉城主场获胜，球迷回到成都')).toEqual(['成都市']);
  });

  it('gives an overlapped doubtful name to the sure one (去江门和龙岩)', () => {
    expect(places('去江门和龙岩')).toEqual(['江门市', '龙岩市']);
  });
});

describe('traditional characters', () => {
  it('finds places and topics in 繁體 and reports the page’s own text and offsets', () => {
    const text = '廣州醫保關係轉移接續到蘭州';
    const r = detector.scan(text);
    const gz = r.mentions.find((m) => m.name === '广州市')!;
    expect(gz).toMatchObject({ text: '廣州', start: 0, end: 2 });
    expect(r.mentions.find((m) => m.name === '兰州市')).toMatchObject({ text: '蘭州', start: 11, end: 13 });
    expect(topics(text)).toContain('transfer');
  });
});

describe('transfer pairs', () => {
  it('reports the two ends of 从A转到B, A医保转入B and A→B with their span', () => {
    const r = detector.scan('从深圳转到九江。');
    expect(r.pairs).toEqual([{ from: '440300', to: '360400', start: 0, end: 7 }]);
    expect(detector.scan('深圳医保转入江西九江').pairs).toMatchObject([{ from: '440300', to: '360400' }]);
    expect(detector.scan('广州→龙岩').pairs).toMatchObject([{ from: '440100', to: '350800' }]);
  });

  it('reports no pair for places merely listed or travelled between', () => {
    expect(detector.scan('深圳、九江都可以办理').pairs).toEqual([]);
    expect(detector.scan('成都到西宁自驾').pairs).toEqual([]);
  });

  it('skips pairs when asked (the page reads only mentions), with the same mentions', () => {
    const text = '从深圳转到九江。广州→龙岩';
    const skipped = detector.scan(text, { pairs: false });
    expect(skipped.pairs).toEqual([]);
    expect(skipped.mentions).toEqual(detector.scan(text).mentions);
    expect(detector.scan(text).pairs).toHaveLength(2);
  });
});

describe('topics as concepts', () => {
  it('reads bare transfer and sharing words on an insurance page, not on others', () => {
    expect(topics('医保要不要转移?线下转移需要哪些材料')).toContain('transfer');
    expect(topics('注意力转移到别处')).toEqual([]);
    expect(topics('职工医保个人账户可以给近亲属共济')).toContain('family-sharing');
  });

  it('tells registering treatment elsewhere apart from transfer', () => {
    expect(topics('临时外出就医可以先办理异地就医备案')).toEqual(['remote-care-registration']);
  });
});
