import { describe, expect, it } from 'vitest';
import { cardData } from '../../lib/bundle/background-data';
import { claimCardModel } from '../../lib/cards/claim-card-model';
import { topicCardModel } from '../../lib/cards/topic-card-model';

const data = cardData();

describe('topic card model', () => {
  it('断缴与补缴: official rules first, then the reported ones, with the late fee', () => {
    const m = topicCardModel({ topicId: 'gap-and-backpay', context: { language: 'zh-CN' }, ...data })!;
    expect(m.title).toBe('断缴与补缴');
    // The law's late fee (Art. 86) is official; the measures' gap article was read only in press summaries.
    const levels = m.points.map((p) => p.confidence);
    expect(levels.indexOf('article')).toBeGreaterThan(levels.lastIndexOf('official'));
    expect(m.points.find((p) => p.id === 'gap-late-fee-daily-0-05-percent')?.confidence).toBe('official');
    expect(m.points.filter((p) => p.id.startsWith('gap-before-transfer-')).map((p) => p.confidence)).toEqual(['article', 'article']);
    const text = m.points.map((p) => p.text).join('\n');
    expect(text).toContain('3个月（含）以内');
    expect(text).toContain('不超过6个月');
    expect(text).toContain('0.05%');
    expect(m.routes.map((r) => r.id)).toContain('route-personal-backpay');
    expect(m.experiences.every((e) => e.confidence === 'anecdote')).toBe(true);
    for (const fact of [...m.points, ...m.routes]) expect(fact.refs.length).toBeGreaterThan(0);
  });

  it('a page about 广东 brings its local rule onto the balance topic', () => {
    const m = topicCardModel({ topicId: 'intra-province', context: { language: 'zh-CN', subject: '440100' }, ...data })!;
    expect(m.localFacts.map((f) => f.id)).toEqual(['balance-guangdong-intra-province-stays']);
    expect(topicCardModel({ topicId: 'intra-province', context: { language: 'zh-CN' }, ...data })!.localFacts).toEqual([]);
  });

  it('returns undefined for an unknown topic', () => {
    expect(topicCardModel({ topicId: 'pensions', context: { language: 'en' }, ...data })).toBeUndefined();
  });
});

describe('claim card model', () => {
  it('45 working days: what the page says, what holds (15) since 2021-11-01, and the replaced rule', () => {
    const m = claimCardModel({ claimId: 'stale-45-working-days', pageText: '45个工作日', context: { language: 'zh-CN' }, ...data })!;
    expect(m.kindLabel).toBe('过时的说法');
    expect(m.says).toContain('45个工作日');
    expect(m.holds).toContain('医保关系转移共不超过15个工作日');
    expect([m.since, m.sinceLabel]).toEqual(['2021-11-01', '依据 2021-11-01 印发的规定']);
    expect(m.rule!.id).toBe('time-whole-15-working-days');
    expect(m.rule!.confidence).toBe('official');
    expect(m.replaced!.id).toBe('time-whole-45-working-days');
    expect(m.appearsIn[0]).toMatchObject({ seed: '000_c92632fc03d80718.txt' });
  });

  it('a claim without a date has no since line; unknown claims give undefined', () => {
    const m = claimCardModel({ claimId: 'overstated-only-one-month', pageText: '只需1个月', context: { language: 'en' }, ...data })!;
    expect(m.kindLabel).toBe('Overstated claim');
    expect(m.since).toBeUndefined();
    expect(claimCardModel({ claimId: 'nope', pageText: 'x', context: { language: 'en' }, ...data })).toBeUndefined();
  });
});
