import { describe, expect, it } from 'vitest';
import { badgeText, mergeSummaries } from '../../lib/messaging/page-summary';
import { PageSummaryMessage, type PageSummary } from '../../lib/messaging/messages';

const top: PageSummary = {
  subject: '360400',
  places: [{ code: '360400', name: '九江', count: 3 }, { code: '440100', name: '广州', count: 1 }],
  topics: [{ id: 'transfer', count: 2 }],
  claims: [],
  total: 6,
};
const frame: PageSummary = {
  subject: '440100',
  places: [{ code: '440100', name: '广州', count: 4 }],
  topics: [{ id: 'transfer', count: 1 }, { id: 'gap-and-backpay', count: 1 }],
  claims: [{ id: 'one-month', count: 1 }],
  total: 7,
};

describe('mergeSummaries', () => {
  it('adds counts across frames, sorts by count and keeps the top frame subject', () => {
    const merged = mergeSummaries([{ frameId: 3, summary: frame }, { frameId: 0, summary: top }]);
    expect(merged.subject).toBe('360400');
    expect(merged.places).toEqual([{ code: '440100', name: '广州', count: 5 }, { code: '360400', name: '九江', count: 3 }]);
    expect(merged.topics[0]).toEqual({ id: 'transfer', count: 3 });
    expect(merged.claims).toEqual([{ id: 'one-month', count: 1 }]);
    expect(merged.total).toBe(13);
  });
  it('falls back to a child frame subject and is empty for no frames', () => {
    expect(mergeSummaries([{ frameId: 2, summary: frame }]).subject).toBe('440100');
    expect(mergeSummaries([]).total).toBe(0);
  });
});

describe('badgeText', () => {
  it('is empty for zero and capped for large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(5000)).toBe('999+');
  });
});

describe('PageSummaryMessage', () => {
  it('rejects a malformed summary from a stale content script', () => {
    expect(PageSummaryMessage.safeParse({ type: 'page-summary', summary: top }).success).toBe(true);
    expect(PageSummaryMessage.safeParse({ type: 'page-summary', summary: { ...top, total: -1 } }).success).toBe(false);
    expect(PageSummaryMessage.safeParse({ type: 'page-summary', summary: { ...top, topics: [{ id: 'x', count: 1 }] } }).success).toBe(false);
  });
});

describe('mergeSummaries and relevance', () => {
  const empty: PageSummary = { subject: null, places: [], topics: [], claims: [], total: 0 };
  const quiet = { ...empty, quiet: { score: 1, reasons: ['not relevant: score 1 (needs 10)'] } };
  const marked: PageSummary = { ...empty, places: [{ code: '360400', name: '九江市', count: 2 }], total: 2 };

  it('is quiet only when every frame is: an article in an iframe marks the page around it', () => {
    expect(mergeSummaries([{ frameId: 0, summary: quiet }, { frameId: 3, summary: quiet }]).quiet?.reasons[0]).toMatch(/^not relevant/);
    expect(mergeSummaries([{ frameId: 0, summary: quiet }, { frameId: 3, summary: marked }]).quiet).toBeUndefined();
    expect(mergeSummaries([{ frameId: 0, summary: marked }]).quiet).toBeUndefined();
  });

  it('a quiet summary passes the message schema', () => {
    expect(PageSummaryMessage.safeParse({ type: 'page-summary', summary: quiet }).success).toBe(true);
  });
});
