import { describe, expect, it } from 'vitest';
import { createDetector, type Mention } from '../../lib/matcher/detector';
import { fixtureData } from './fixtures/detector-data';
import { joinSegments } from '../helpers/join-segments';

const detector = createDetector(fixtureData);
const places = (text: string) =>
  detector
    .scan(text)
    .mentions.filter((m) => m.kind === 'place')
    .map((m) => m.name);

describe('places', () => {
  it('finds full, short and alias names', () => {
    expect(places('九江市和恩施州以及内蒙古的医保')).toEqual(['九江市', '恩施土家族苗族自治州', '内蒙古自治区']);
  });

  it('links a compound to both parts', () => {
    const { mentions } = detector.scan('江西九江医保余额');
    const [a, b] = mentions.filter((m) => m.kind === 'place') as [Mention, Mention];
    expect([a.name, b.name]).toEqual(['江西省', '九江市']);
    expect(mentions[a.linkedTo!]).toBe(b);
    expect(mentions[b.linkedTo!]).toBe(a);
  });

  it('resolves a county-level city to its prefecture and province', () => {
    const m = detector.scan('昆山医保怎么转').mentions[0]!;
    expect(m.region).toMatchObject({ code: '320583', level: 'county-city', prefecture: '320500', province: '320000' });
    const shz = detector.scan('石河子医保').mentions[0]!;
    expect(shz.region).toEqual({ code: '659001', name: '石河子市', level: 'county-city', province: '650000' });
  });

  it('accepts an ambiguous name only with context, and never inside a longer word', () => {
    expect(places('早餐吃了一个三明治')).toEqual([]);
    expect(places('福建三明的参保人')).toEqual(['福建省', '三明市']);
    expect(places('三明市医保局')).toEqual(['三明市']);
    expect(places('孙中山先生')).toEqual([]);
    expect(places('中山医保个人账户')).toEqual(['中山市']);
    expect(places('农村合作医疗和职工医保有什么区别')).toEqual([]);
    expect(places('甘肃合作的灵活就业人员')).toEqual(['甘肃省', '合作市']);
    expect(places('祝您身体安康')).toEqual([]);
    expect(places('安康医保卡余额')).toEqual(['安康市']);
    expect(places('以安康为例')).toEqual(['安康市']);
    expect(places('深圳、安康等地')).toEqual([]); // 深圳 is not in the fixture: no accepted neighbour
    expect(places('西安、安康等地')).toEqual(['西安市', '安康市']);
  });

  it('never reads a name across the edge of an insurance word', () => {
    expect(places('医保定点医院报销')).toEqual([]);
    expect(places('中山医保局')).toEqual(['中山市']);
    expect(places('河北保定医保')).toEqual(['河北省', '保定市']);
  });

  it('refuses districts that share a city name', () => {
    expect(places('北京朝阳区医保')).toEqual(['北京市']);
    expect(places('北京朝阳医保')).toEqual(['北京市']);
    expect(places('辽宁朝阳医保')).toEqual(['辽宁省', '朝阳市']);
    expect(places('大连中山区医保中心')).toEqual(['大连市']);
    expect(places('大连中山医保中心')).toEqual(['大连市']);
  });

  it('chooses among places that share a name', () => {
    expect(places('吉林医保')).toEqual(['吉林省']);
    expect(places('吉林吉林医保')).toEqual(['吉林省', '吉林市']);
  });

  it('picks leftmost-longest without overlapping places', () => {
    expect(places('陕西安康医保')).toEqual(['陕西省', '安康市']);
  });

  it('finds names written with spaces or full-width forms and reports original offsets', () => {
    const text = '去九 江办理';
    const m = detector.scan(text).mentions[0]!;
    expect(m).toMatchObject({ name: '九江市', start: 1, end: 4, text: '九 江' });
  });
});

describe('segments', () => {
  it('reports a name split across nodes as ranges over each node', () => {
    const joined = joinSegments([
      { node: 1, text: '江西九' },
      { node: 2, text: '江' },
      { node: 3, text: '医保' },
    ]);
    const jj = detector.scan(joined.text).mentions.find((m) => m.name === '九江市')!;
    expect(joined.rangesOf(jj.start, jj.end)).toEqual([
      { node: 1, start: 2, end: 3 },
      { node: 2, start: 0, end: 1 },
    ]);
  });
});

describe('topics, claims and context', () => {
  it('flags stale claims and gives places their sentence and paragraph topics', () => {
    const text = '九江跨省转移接续已由45个工作日压缩。省内另说。\n昆山不谈这个';
    const r = detector.scan(text);
    expect(r.mentions.filter((m) => m.kind === 'claim').map((m) => m.id)).toEqual(['old-45-days']);
    const jj = r.mentions.find((m) => m.name === '九江市')!;
    expect(jj.sentenceTopics).toEqual(['cross-province', 'transfer']);
    expect(jj.topics).toEqual(['cross-province', 'transfer', 'intra-province']);
    expect(r.mentions.find((m) => m.name === '昆山市')!.topics).toEqual([]);
    expect(r.counts).toEqual({ place: 2, topic: 3, 'claim': 1 });
  });

  it('keeps a topic keyword that overlaps a place name', () => {
    const r = detector.scan('江西省内转移');
    expect(r.mentions.map((m) => m.kind)).toEqual(['place', 'topic']);
  });
});

describe('subject', () => {
  it('takes the most specific place of the headline', () => {
    const r = detector.scan('江西九江离职后医保余额转移指南\n正文提到昆山');
    expect(r.subject).toMatchObject({ code: '360400', from: 'headline', province: '360000' });
  });

  it('prefers the title when given', () => {
    expect(detector.scan('正文昆山', { title: '新疆石河子医保' }).subject).toMatchObject({ code: '659001', from: 'title' });
  });

  it('reads no headline in a block the caller marks as not the first', () => {
    expect(detector.scan('江西九江医保', { headline: false }).subject).toBeUndefined();
  });

  it('has no subject when the headline names no place', () => {
    expect(detector.scan('医保怎么转\n九江').subject).toBeUndefined();
  });
});
