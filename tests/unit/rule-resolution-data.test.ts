import { describe, expect, it } from 'vitest';
import regionsFile from '../../data/regions.generated.json';
import { RULES } from '../../data/rules';
import { loadRegions } from '../../lib/bundle/validated-regions';
import { resolveRules } from '../../lib/rules/rule-resolution';

// The resolver on the bundled data: what a hover card or the planner would be given.
const index = loadRegions(regionsFile);
const ids = (r: ReturnType<typeof resolveRules>) => r.rules.filter((x) => x.applies).map((x) => x.rule.id);

describe('resolveRules on the bundled rules', () => {
  it('gives 九江 the national 10/5/15 working-day limits and no local data', () => {
    const r = resolveRules(RULES, index, { place: '360400' });
    expect(r.timeLimits.map((t) => [t.step, t.max])).toEqual([
      ['transfer-out', 10],
      ['transfer-in', 5],
      ['whole', 15],
    ]);
    expect(r.hasLocalData).toBe(false);
    expect(r.superseded.some((s) => s.timeLimits.some((t) => t.max === 45))).toBe(true);
  });

  it('applies 广东’s intra-province balance rule to 广州 → 深圳 and not to 九江 → 广州', () => {
    const intra = resolveRules(RULES, index, { from: '440100', to: '440300', insurance: 'employee' });
    expect(intra.relation).toBe('intra-province');
    expect(ids(intra)).toContain('balance-guangdong-intra-province-stays');
    const cross = resolveRules(RULES, index, { from: '360400', to: '440100', insurance: 'employee' });
    expect(cross.relation).toBe('cross-province');
    expect(ids(cross)).not.toContain('balance-guangdong-intra-province-stays');
    expect(ids(cross)).toContain('balance-moves-with-relation'); // the seeds' cross-province balance sentences merged into it (issue 10)
  });

  it('offers a cross-province resettled retiree the bank-account option', () => {
    const r = resolveRules(RULES, index, { from: '650100', to: '620100', status: 'retired' });
    expect(r.relation).toBe('cross-province');
    expect(ids(r)).toContain('balance-retiree-resettlement-to-bank');
  });

  it('finds 南京’s reported experience when 南京 is the place left', () => {
    const r = resolveRules(RULES, index, { from: '320100', to: '360400' });
    expect(r.hasLocalData).toBe(true);
    const nanjing = r.rules.filter((x) => x.rule.scope.level === 'city' && x.matchedBy === 'from');
    expect(nanjing.length).toBeGreaterThan(0);
    expect(nanjing.every((x) => x.rule.confidence !== 'official')).toBe(true);
  });
});
