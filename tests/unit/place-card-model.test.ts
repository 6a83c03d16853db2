import { describe, expect, it } from 'vitest';
import { cardData } from '../../lib/bundle/background-data';
import { placeCardModel, type PlaceCardInput } from '../../lib/cards/place-card-model';

const data = cardData();
const model = (code: string, context: Partial<PlaceCardInput['context']> = {}) =>
  placeCardModel({ code, context: { today: '2026-09-28', language: 'zh-CN', ...context }, ...data })!;
const ids = (facts: { id: string }[]) => facts.map((f) => f.id);

describe('place card model', () => {
  it('九江 with no other end: cross-province, dated 10 / 5 / 15 working days over National Day, nothing local', () => {
    const m = model('360400');
    expect([m.title, m.province, m.prefecture]).toEqual(['九江市', '江西省', undefined]);
    expect(m.relation).toBe('unknown');
    expect(m.effectiveCase).toBe('cross-province');
    expect(m.timeline!.steps.map((s) => [s.step, s.deadline, s.workingDays])).toEqual([
      ['transfer-out', '2026-10-16', 10],
      ['transfer-in', '2026-10-23', 5],
      ['whole', '2026-10-23', 15],
    ]);
    expect(m.timeline!.holidays).toEqual(['国庆节']);
    expect(m.timeline!.outsideCalendarNote).toBeUndefined();
    expect(m.hasLocalData).toBe(false);
    expect(m.noLocalNote).toContain('没有九江市的本地规定数据');
    expect(ids(m.routes)).toEqual(expect.arrayContaining(['route-online-national-app', 'route-offline-insurance-certificate']));
    expect(m.caveats.length).toBeGreaterThan(3);
  });

  it('广东 where the page speaks of moving within the province: the intra-province rule leads, not under "other case"', () => {
    const m = model('440000', { pageCase: 'intra-province' });
    expect(m.relation).toBe('intra-province');
    expect(m.effectiveCase).toBe('intra-province');
    expect(m.caseLabel).toBe('本页此处讲的是广东省内转移（另一端未写明），按广东省的规定');
    expect(m.localFacts.map((f) => f.text).join('')).toContain('不划转、不提现');
    expect(m.otherCase.some((g) => g.label.includes('在广东省内'))).toBe(false);
    const cross = model('440000');
    expect(cross.otherCase.some((g) => g.label.includes('在广东省内'))).toBe(true);
  });

  it('an other end named by the planner decides over what the page says', () => {
    const m = model('440100', { pageCase: 'intra-province', otherEnd: '360400' });
    expect(m.relation).toBe('cross-province');
    expect(m.caseLabel).toBe('跨省转移：广州市 ↔ 九江市');
  });

  it('keeps back-pay and monthly-credit rules off a place card unless they are about a transfer', () => {
    const m = model('360400');
    const all = [...m.rules, ...m.routes, ...m.caveats, ...m.experiences, ...m.conditions];
    expect(ids(all)).toContain('gap-before-transfer-within-3-months');
    expect(ids(all)).not.toContain('route-personal-backpay');
    expect(ids(all)).not.toContain('gap-late-fee-daily-0-05-percent');
  });

  it('every fact points at numbered sources that the card lists with dates', () => {
    const m = model('360400');
    const facts = [...m.rules, ...m.routes, ...m.caveats, ...m.conditions, ...m.experiences];
    for (const fact of facts) {
      expect(fact.refs.length).toBeGreaterThan(0);
      for (const n of fact.refs) expect(m.sources[n - 1]).toBeDefined();
    }
    expect(m.sources.map((s) => s.label)).toContain('社保网 2025-09-21 · seed 000');
    expect(m.sources.find((s) => s.kind === 'document')!.date).toBe('2021-11-01');
  });

  it('广东 by default shows its intra-province balance rule as the other case', () => {
    const m = model('440000');
    expect(m.subtitle).toBe('省级地区');
    expect(m.hasLocalData).toBe(true);
    expect(m.otherCase).toHaveLength(1);
    expect(m.otherCase[0]!.label).toBe('在广东省内转移时：');
    expect(m.otherCase[0]!.facts[0]!.text).toContain('不划转、不提现');
  });

  it('深圳 with the other end in 广州 is intra-province: the 广东 rule applies and the statutory limits date it', () => {
    const m = model('440300', { otherEnd: '440100' });
    expect(m.relation).toBe('intra-province');
    expect(m.caseLabel).toBe('省内跨统筹区转移：深圳市 ↔ 广州市，按广东省的规定');
    expect(ids(m.localFacts)).toEqual(['balance-guangdong-intra-province-stays']);
    expect(m.otherCase).toEqual([]);
    expect(m.timeline!.upperBound).toBe(false);
    expect(m.timelineNote).toBeUndefined();
    expect(m.timeline!.steps.map((s) => [s.step, s.workingDays])).toEqual([['transfer-out', 10], ['transfer-in', 5], ['whole', 15]]);
    expect(ids(m.caveats)).toContain('caveat-intra-province-may-be-shorter');
  });

  it('a county-level city names its prefecture; the same pooling area needs no timeline', () => {
    const m = model('420881', { otherEnd: '420800' }); // 钟祥市 in 荆门市
    expect(m.prefecture).toBe('荆门市');
    expect(m.subtitle).toBe('县级市，属荆门市 · 湖北省');
    expect(m.relation).toBe('same-area');
    expect(m.timeline).toBeNull();
  });

  it('南京 shows the ~30 working-day report as an article, not as a deadline', () => {
    const m = model('320100');
    expect(m.experiences[0]!.id).toBe('experience-nanjing-30-working-days');
    expect(m.experiences[0]!.confidence).toBe('article');
    expect(m.timeline!.steps.map((s) => s.step)).not.toContain('balance-arrival');
  });

  it('郑州 (cross-province by default) keeps its intra-province ~3 months report under the other case', () => {
    const m = model('410100');
    expect(m.otherCase[0]!.label).toBe('在河南省内转移时：');
    expect(ids(m.otherCase[0]!.facts)).toEqual(['experience-zhengzhou-3-months']);
  });

  // 2027 is covered by an estimate from the statutory days (holidays-2027.test.ts); 2028 is beyond.
  it('flags dates beyond the bundled calendar', () => {
    const m = model('360400', { today: '2028-03-01' });
    expect(m.timeline!.steps.every((s) => s.outsideCalendar)).toBe(true);
    expect(m.timeline!.outsideCalendarNote).toBe(
      '2028 年的节假日安排尚未公布（内置日历含 2020–2027 年），日期按周一至周五推算，可能不准。',
    );
  });

  it('speaks English when asked and returns undefined for an unknown code', () => {
    const m = model('360400', { language: 'en' });
    expect(m.timeline!.steps[0]!.label).toBe('Transfer-out done (old place)');
    expect(m.noLocalNote).toBe('No local rules for 九江市 in the data; national rules are shown.');
    expect(placeCardModel({ code: '999999', context: { today: '2026-09-28', language: 'zh-CN' }, ...data })).toBeUndefined();
  });
});
