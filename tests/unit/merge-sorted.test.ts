import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../lib/matcher/triples';

/** The merged order as (start, end, ref) of each pair, read back from its list. */
function read(lists: Int32Array[], merged: Int32Array): number[][] {
  const out: number[][] = [];
  for (let o = 0; o < merged.length; o += 2) {
    const list = lists[merged[o]!]!;
    const at = merged[o + 1]!;
    out.push([list[at]!, list[at + 1]!, list[at + 2]!]);
  }
  return out;
}

/** What the merge must give: every triple, by (start, end), ties to the earlier list, lists' own order kept. */
function expected(lists: Int32Array[]): number[][] {
  const all = lists.flatMap((list, l) => Array.from({ length: list.length / 3 }, (_, k) => ({ l, k, t: [list[k * 3]!, list[k * 3 + 1]!, list[k * 3 + 2]!] })));
  all.sort((a, b) => a.t[0]! - b.t[0]! || a.t[1]! - b.t[1]! || a.l - b.l || a.k - b.k);
  return all.map((x) => x.t);
}

function randomLists(seed: number, count: number, offset: number): Int32Array[] {
  let x = seed;
  const rand = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  return Array.from({ length: count }, (_, l) => {
    const triples: number[][] = [];
    for (let i = 0; i < rand(30); i++) {
      const s = offset + rand(200);
      triples.push([s, s + 1 + rand(6), l * 1000 + i]);
    }
    triples.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    return Int32Array.from(triples.flat());
  });
}

describe('mergeSorted', () => {
  it('orders places, topics and claims by start then end, ties to the earlier list', () => {
    // 九江 (place) and 九江医保 (topic) start together: the shorter first; equal spans keep list order.
    const places = Int32Array.of(0, 2, 7, 10, 12, 8);
    const topics = Int32Array.of(0, 4, 1, 10, 12, 2);
    const claims = Int32Array.of(10, 12, 3, 10, 12, 4);
    expect(read([places, topics, claims], mergeSorted([places, topics, claims], 20))).toEqual([
      [0, 2, 7],
      [0, 4, 1],
      [10, 12, 8],
      [10, 12, 2],
      [10, 12, 3],
      [10, 12, 4],
    ]);
  });

  it('gives the same order on random lists, near the start of a text and in a text past 8 million code units', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const near = randomLists(seed, 1 + (seed % 16), 0);
      expect(read(near, mergeSorted(near, 300))).toEqual(expected(near));
      // Offsets beyond what the packed keys hold take the other way through; the order is the same.
      const far = randomLists(seed, 1 + (seed % 16), 9_000_000);
      expect(read(far, mergeSorted(far, 9_000_300))).toEqual(expected(far));
    }
  });
});
