import type { PageSummary } from './messages';

export const EMPTY_SUMMARY: PageSummary = Object.freeze({ subject: null, places: [], topics: [], claims: [], total: 0 }) as PageSummary;

function addCounts<K extends string, T extends { count: number }>(
  lists: T[][],
  keyOf: (item: T) => K,
): T[] {
  const byKey = new Map<K, T>();
  for (const list of lists) {
    for (const item of list) {
      const key = keyOf(item);
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, count: seen.count + item.count } : { ...item });
    }
  }
  // Most mentioned first: the popup lists what the page is mostly about at the top.
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/**
 * One summary for a tab whose frames each reported their own. The top frame's subject wins;
 * otherwise the most mentioned place overall.
 */
export function mergeSummaries(frames: { frameId: number; summary: PageSummary }[]): PageSummary {
  if (frames.length === 0) return EMPTY_SUMMARY;
  const summaries = frames.map((f) => f.summary);
  const places = addCounts(summaries.map((s) => s.places), (p) => p.code);
  const topFrame = frames.find((f) => f.frameId === 0)?.summary;
  const top = topFrame?.subject ?? null;
  // The page is quiet only when every frame is: an article in an iframe marks the page it sits in.
  const quiet = summaries.every((s) => s.quiet) ? (topFrame ?? summaries[0])?.quiet : undefined;
  return {
    ...(quiet ? { quiet } : {}),
    subject: top ?? summaries.find((s) => s.subject)?.subject ?? places[0]?.code ?? null,
    places,
    topics: addCounts(summaries.map((s) => s.topics), (t) => t.id),
    claims: addCounts(summaries.map((s) => s.claims), (c) => c.id),
    total: summaries.reduce((sum, s) => sum + s.total, 0),
  };
}

/** Badge text: empty for nothing found, capped so it fits the toolbar. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
