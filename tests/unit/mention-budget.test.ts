import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { withinBudget } from '../../lib/relevance/mention-budget';

const scan = (text: string) => bundledDetector().scan(text).mentions;
const paragraph = '职工医保关系跨省转移接续，个人账户余额随同转移。余额转移后，跨省转移的个人账户余额在转入地继续使用；余额转移不需要本人另行申请。九江和广州的参保人都可以办理。';

describe('withinBudget: which mentions of a block are drawn', () => {
  it('keeps every place, and each topic once per block', () => {
    const all = scan(paragraph);
    const kept = withinBudget(all, { heading: false, everyMention: false });
    const topicIds = kept.filter((m) => m.kind === 'topic').map((m) => m.id);
    expect(all.filter((m) => m.kind === 'topic').length).toBeGreaterThan(topicIds.length);
    expect(new Set(topicIds).size).toBe(topicIds.length);
    expect(kept.filter((m) => m.kind === 'place')).toEqual(all.filter((m) => m.kind === 'place'));
    // The first mention of each topic is the one kept: it is where the block starts talking about it.
    for (const m of kept.filter((k) => k.kind === 'topic')) expect(m).toBe(all.find((a) => a.kind === 'topic' && a.id === m.id));
  });

  it('keeps every stale claim', () => {
    const all = scan('转移只需1个月，只需1个月就能办完，45个工作日内办结。');
    const claims = all.filter((m) => m.kind === 'claim');
    expect(claims.length).toBeGreaterThan(1);
    expect(withinBudget(all, { heading: false, everyMention: false }).filter((m) => m.kind === 'claim')).toEqual(claims);
  });

  it('keeps everything in a heading, and everything when the reader asks for every mention', () => {
    const all = scan(paragraph);
    expect(withinBudget(all, { heading: true, everyMention: false })).toEqual(all);
    expect(withinBudget(all, { heading: false, everyMention: true })).toEqual(all);
  });
});

describe('withinBudget across a section', () => {
  it('marks a topic in the first block of a section that names it, not in the blocks after', () => {
    const owners = new Map<string, string>();
    const section = (block: string) => (id: string) => (owners.get(id) ?? (owners.set(id, block), block)) === block;
    const first = withinBudget(scan(paragraph), { heading: false, everyMention: false, mayMark: section('p1') });
    const second = withinBudget(scan(paragraph), { heading: false, everyMention: false, mayMark: section('p2') });
    const again = withinBudget(scan(paragraph), { heading: false, everyMention: false, mayMark: section('p1') });
    expect(first.some((m) => m.kind === 'topic')).toBe(true);
    expect(second.filter((m) => m.kind === 'topic')).toEqual([]);
    expect(second.filter((m) => m.kind === 'place').length).toBeGreaterThan(0);
    // The block that marks a topic keeps marking it when it is read again (a DOM change).
    expect(again).toEqual(first);
  });
});
