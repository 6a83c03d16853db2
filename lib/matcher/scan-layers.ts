/**
 * The detector's per-block layers after the automaton's pass (detector.ts): topic lists, claim
 * triples, and the topic runs read off the merged order. Refs are packRef(pattern, item) (triples.ts).
 */
import type { PatternTable } from './pattern-table';
import type { TopicRuns } from './topic-context';
import { leftmostLongest, leftmostLongestSorted, packRef, refItem, sortByStartInPlace } from './triples';

const NO_TRIPLES = new Int32Array(0);

/**
 * One triple list per topic met, leftmost-longest within each: keywords of different topics may
 * overlap (跨省转移接续: 跨省转移 + 转移接续); one topic's may not. Topics are listed in the order
 * first met, which orders mentions sharing a span. Refs are packRef(pattern, topic). The rules'
 * quads (start, end, pattern, topic; topic-rules.ts) join their topic's list.
 */
export function topicLists(table: PatternTable, topicLayer: Int32Array, ruled: Int32Array): { lists: Int32Array[]; topicOrder: number[] } {
  const T = table.topicList.length;
  const topicsOf = table.topicsOf;
  const sizes = new Int32Array(T);
  const topicOrder: number[] = [];
  for (let i = 2; i < topicLayer.length; i += 3) {
    const ts = topicsOf(topicLayer[i]!);
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (sizes[t] === 0) topicOrder.push(t);
      sizes[t] = sizes[t]! + 3;
    }
  }
  for (let i = 3; i < ruled.length; i += 4) {
    const t = ruled[i]!;
    if (sizes[t] === 0) topicOrder.push(t);
    sizes[t] = sizes[t]! + 3;
  }
  // Lists only for the topics met: most blocks meet few of them.
  const perTopic: Int32Array[] = new Array(T);
  for (const t of topicOrder) perTopic[t] = new Int32Array(sizes[t]!);
  sizes.fill(0);
  const add = (t: number, start: number, end: number, pid: number) => {
    const list = perTopic[t]!;
    const at = sizes[t]!;
    list[at] = start;
    list[at + 1] = end;
    list[at + 2] = packRef(pid, t, T);
    sizes[t] = at + 3;
  };
  // Both inputs are sorted by start; merged, each list stays nearly sorted for the insertion sort.
  let j = 0;
  for (let i = 0; i < topicLayer.length; i += 3) {
    for (; j < ruled.length && ruled[j]! < topicLayer[i]!; j += 4) add(ruled[j + 3]!, ruled[j]!, ruled[j + 1]!, ruled[j + 2]!);
    const pid = topicLayer[i + 2]!;
    const ts = topicsOf(pid);
    for (let k = 0; k < ts.length; k++) add(ts[k]!, topicLayer[i]!, topicLayer[i + 1]!, pid);
  }
  for (; j < ruled.length; j += 4) add(ruled[j + 3]!, ruled[j]!, ruled[j + 1]!, ruled[j + 2]!);
  // The lists are this call's own: sorted and selected in place.
  return { lists: topicOrder.map((t) => leftmostLongestSorted(sortByStartInPlace(perTopic[t]!))), topicOrder };
}

/** Claims after leftmost-longest, one triple per claim a pattern words; refs are packRef(pattern, claim). */
export function claimTriples(table: PatternTable, claimLayer: Int32Array): Int32Array {
  if (claimLayer.length === 0) return NO_TRIPLES;
  const selected = leftmostLongest(claimLayer);
  const width = table.claimList.length;
  let n = 0;
  for (let i = 2; i < selected.length; i += 3) n += table.claimsOf(selected[i]!).length;
  const out = new Int32Array(n * 3);
  for (let i = 0, o = 0; i < selected.length; i += 3) {
    const pid = selected[i + 2]!;
    const cs = table.claimsOf(pid);
    for (let j = 0; j < cs.length; j++, o += 3) {
      out[o] = selected[i]!;
      out[o + 1] = selected[i + 1]!;
      out[o + 2] = packRef(pid, cs[j]!, width);
    }
  }
  return out;
}

/**
 * From the merged order: the topic mentions in order (for each place's paragraph and sentence)
 * and each place's index among all mentions (for compound links). Lists: places, topics…, claims.
 */
export function topicRunsOf(merged: Int32Array, lists: readonly Int32Array[], topicWidth: number): { topics: TopicRuns; finalIndex: Int32Array } {
  const last = lists.length - 1;
  let count = 0;
  for (let o = 0; o < merged.length; o += 2) if (merged[o]! > 0 && merged[o]! < last) count++;
  const topics = { start: new Int32Array(count), end: new Int32Array(count), topic: new Int32Array(count) };
  const finalIndex = new Int32Array(lists[0]!.length / 3);
  for (let o = 0, k = 0; o < merged.length / 2; o++) {
    const l = merged[o * 2]!;
    const at = merged[o * 2 + 1]!;
    if (l === 0) finalIndex[at / 3] = o;
    else if (l < last) {
      topics.start[k] = lists[l]![at]!;
      topics.end[k] = lists[l]![at + 1]!;
      topics.topic[k++] = refItem(lists[l]![at + 2]!, topicWidth);
    }
  }
  return { topics, finalIndex };
}
