import { describe, expect, it } from 'vitest';
import type { Region, Rule } from '../../data/schema';
import { poolingAreaOf, relationBetween, resolveRules, type RegionLookup } from '../../lib/rules/rule-resolution';

function region(code: string, name: string, level: Region['level'], parent: string | null, province: string): Region {
  return { code, name, names: [{ text: name, form: 'full', ambiguity: [] }], level, parent, province, pinyin: '', initials: '' };
}

// A small slice of the real hierarchy, codes as in GB/T 2260.
const REGIONS = [
  region('440000', '广东省', 'province', null, '440000'),
  region('440100', '广州市', 'prefecture', '440000', '440000'),
  region('440300', '深圳市', 'prefecture', '440000', '440000'),
  region('360000', '江西省', 'province', null, '360000'),
  region('360400', '九江市', 'prefecture', '360000', '360000'),
  region('320000', '江苏省', 'province', null, '320000'),
  region('320500', '苏州市', 'prefecture', '320000', '320000'),
  region('320583', '昆山市', 'county-city', '320500', '320000'),
  region('320100', '南京市', 'prefecture', '320000', '320000'),
  region('420000', '湖北省', 'province', null, '420000'),
  region('429004', '仙桃市', 'county-city', '420000', '420000'),
  region('110000', '北京市', 'province', null, '110000'),
];
const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const lookup: RegionLookup = { byCode: (code) => byCode.get(code) };

const SOURCE = [{ seed: '000_c92632fc03d80718.txt', title: 't', date: '2025-09-21', quote: '示例引文' }] as Rule['sources'];

function rule(partial: Partial<Rule> & Pick<Rule, 'id'>): Rule {
  return {
    kind: 'rule',
    topics: ['transfer'],
    scope: { level: 'national' },
    transferCase: 'any',
    insurance: ['employee', 'resident'],
    status: ['employed', 'flexible', 'retired'],
    statement: { zh: partial.id, en: partial.id },
    timeLimits: [],
    steps: [],
    confidence: 'official',
    sources: SOURCE,
    ...partial,
  };
}

const RULES: Rule[] = [
  rule({
    id: 'cross-limits',
    kind: 'time-limit',
    transferCase: 'cross-province',
    timeLimits: [
      { step: 'whole', unit: 'working-days', max: 15, approx: false },
      { step: 'transfer-out', unit: 'working-days', max: 10, approx: false },
      { step: 'transfer-in', unit: 'working-days', max: 5, approx: false },
    ],
  }),
  rule({ id: 'old-45', kind: 'time-limit', transferCase: 'cross-province', supersededBy: 'cross-limits' }),
  rule({
    id: 'guangdong-intra',
    scope: { level: 'province', region: '440000', name: '广东省' },
    transferCase: 'intra-province',
    insurance: ['employee'],
  }),
  rule({
    id: 'nanjing-30-days',
    kind: 'experience',
    confidence: 'article',
    scope: { level: 'city', region: '320100', name: '南京市' },
    timeLimits: [{ step: 'balance-arrival', unit: 'working-days', max: 30, approx: true }],
  }),
  rule({ id: 'retiree-bank', status: ['retired'], transferCase: 'cross-province', topics: ['retiree-resettlement'] }),
  rule({ id: 'anecdote-3-days', kind: 'experience', confidence: 'anecdote', timeLimits: [{ step: 'whole', unit: 'calendar-days', max: 3, approx: false }] }),
];

describe('relationBetween', () => {
  it('tells cross-province, intra-province and same pooling area apart', () => {
    expect(relationBetween(lookup, '360400', '440100')).toBe('cross-province');
    expect(relationBetween(lookup, '440100', '440300')).toBe('intra-province');
    expect(relationBetween(lookup, '320583', '320500')).toBe('same-area');
    expect(relationBetween(lookup, '320583', '320100')).toBe('intra-province');
    expect(relationBetween(lookup, '440100', undefined)).toBe('unknown');
    expect(relationBetween(lookup, '440100', '999999')).toBe('unknown');
  });

  it('treats a county-level city directly under its province as its own pooling area', () => {
    expect(poolingAreaOf(lookup, '429004')).toBe('429004');
    expect(poolingAreaOf(lookup, '320583')).toBe('320500');
  });
});

describe('resolveRules', () => {
  it('reads an unknown relation as cross-province and dates only official procedure limits', () => {
    const r = resolveRules(RULES, lookup, { place: '360400' });
    expect(r.effectiveCase).toBe('cross-province');
    expect(r.timeLimits.map((t) => [t.step, t.max])).toEqual([
      ['transfer-out', 10],
      ['transfer-in', 5],
      ['whole', 15],
    ]);
    expect(r.hasLocalData).toBe(false);
    expect(r.superseded.map((s) => s.id)).toEqual(['old-45']);
  });

  it('shows a province rule for the other case as not applying, and applies it within the province', () => {
    const onPage = resolveRules(RULES, lookup, { place: '440000' });
    const gd = onPage.rules.find((x) => x.rule.id === 'guangdong-intra');
    expect(gd).toMatchObject({ matchedBy: 'place', applies: false });
    expect(onPage.hasLocalData).toBe(true);

    const planned = resolveRules(RULES, lookup, { from: '440100', to: '440300', insurance: 'employee' });
    expect(planned.relation).toBe('intra-province');
    expect(planned.rules.find((x) => x.rule.id === 'guangdong-intra')).toMatchObject({ matchedBy: 'from', applies: true });
    // Nothing narrower is known within a province, so the cross-province limits bound the dates.
    expect(planned.timeLimitsAreUpperBound).toBe(true);
    expect(planned.timeLimits.map((t) => t.max)).toEqual([10, 5, 15]);
    expect(planned.rules.some((x) => x.rule.id === 'cross-limits')).toBe(false);
  });

  it('matches city-scoped experiences through a county-level city and filters by status', () => {
    const r = resolveRules(RULES, lookup, { from: '320100', to: '360400', status: 'employed' });
    expect(r.rules.find((x) => x.rule.id === 'nanjing-30-days')?.matchedBy).toBe('from');
    expect(r.rules.some((x) => x.rule.id === 'retiree-bank')).toBe(false);
    const retired = resolveRules(RULES, lookup, { from: '320100', to: '360400', status: 'retired' });
    expect(retired.rules.some((x) => x.rule.id === 'retiree-bank')).toBe(true);
  });

  it('never turns an anecdote into a deadline', () => {
    const r = resolveRules(RULES, lookup, { place: '360400' });
    expect(r.rules.some((x) => x.rule.id === 'anecdote-3-days')).toBe(true);
    expect(r.timeLimits.every((t) => t.unit === 'working-days')).toBe(true);
  });
});
