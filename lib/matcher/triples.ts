/**
 * The matcher's one match format: flat Int32Array triples (start, end, ref), three entries per
 * match, start and end UTF-16 offsets ([start, end)) in the normalized text. ref is what matched:
 * straight out of the automaton a pattern number; after resolution either an index into a side
 * table (places) or a packed (pattern, item) pair (topics, claims: see packRef).
 *
 * Typed arrays, not objects, because a 5 MB page yields hundreds of thousands of raw matches and
 * `npm run bench` measures this path. The passes here: sorting by start, leftmost-longest
 * selection, merging sorted lists, and a lower bound on starts (the automaton splits by layer).
 */

/** Entries per match. */
export const STRIDE = 3;

/** (pattern, item) as one ref: item < width, where width is the number of items (topics, claims). */
export const packRef = (pattern: number, item: number, width: number): number => pattern * width + item;
export const refItem = (ref: number, width: number): number => ref % width;
export const refPattern = (ref: number, width: number): number => Math.floor(ref / width);

/** The first match whose start is ≥ value, in triples sorted by start (as a match index, not offset). */
export function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length / STRIDE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid * STRIDE]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts triples by start, longest first. The automaton reports matches by end and names are
 * short, so the input is nearly sorted already and insertion sort is linear in practice.
 */
export function sortByStart(flat: ArrayLike<number>): Int32Array {
  return sortByStartInPlace(Int32Array.from(flat));
}

/** sortByStart on triples of the caller's own, which are overwritten: no copy. */
export function sortByStartInPlace(out: Int32Array): Int32Array {
  const n = out.length / 3;
  for (let i = 1; i < n; i++) {
    const s = out[i * 3]!;
    const e = out[i * 3 + 1]!;
    const p = out[i * 3 + 2]!;
    let j = i - 1;
    while (j >= 0 && (out[j * 3]! > s || (out[j * 3] === s && out[j * 3 + 1]! < e))) {
      out[(j + 1) * 3] = out[j * 3]!;
      out[(j + 1) * 3 + 1] = out[j * 3 + 1]!;
      out[(j + 1) * 3 + 2] = out[j * 3 + 2]!;
      j--;
    }
    out[(j + 1) * 3] = s;
    out[(j + 1) * 3 + 1] = e;
    out[(j + 1) * 3 + 2] = p;
  }
  return out;
}

/**
 * Leftmost-longest selection: from overlapping matches keep the one that starts first, and of
 * those the longest, then continue after it (陕西安康 → 陕西 + 安康, 西安 loses; 三明治 beats 三明).
 * The output is sorted and non-overlapping.
 */
export function leftmostLongest(flat: ArrayLike<number>): Int32Array {
  return leftmostLongestSorted(sortByStart(flat));
}

/**
 * leftmostLongest of triples already sorted as sortByStart sorts them, in place (the input is
 * overwritten): for lists the scan has just sorted itself, so no copy is made of them.
 */
export function leftmostLongestSorted(sorted: Int32Array): Int32Array {
  let kept = 0;
  let reached = -1;
  for (let i = 0; i < sorted.length; i += 3) {
    const s = sorted[i]!;
    if (s < reached) continue;
    reached = sorted[i + 1]!;
    sorted[kept++] = s;
    sorted[kept++] = reached;
    sorted[kept++] = sorted[i + 2]!;
  }
  return sorted.subarray(0, kept);
}

/**
 * Merges lists of triples, each sorted by (start, end), into one order; ties go to the earlier
 * list. Returns (list, offset of the triple) pairs. `textLength`: that of the text the offsets
 * are in.
 *
 * Each triple becomes one number, (start, length, list) packed, and the engine's own typed-array
 * sort orders them: native code from the first call on, where a merge loop would run slowly until
 * the JIT compiles it, which on a page's first scans it has not. Walking each list in step then
 * recovers which triple a key was (a list's triples are already in key order).
 */
export function mergeSorted(lists: readonly Int32Array[], textLength: number): Int32Array {
  let total = 0;
  for (const l of lists) total += l.length / 3;
  // Every start and length is below the text's length.
  if (lists.length > LIST_LIMIT || textLength >= START_LIMIT) return mergeByScan(lists, total);
  const keys = new Float64Array(total);
  let k = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l]!;
    for (let i = 0; i < list.length; i += 3) keys[k++] = (list[i]! * START_LIMIT + (list[i + 1]! - list[i]!)) * LIST_LIMIT + l;
  }
  keys.sort();
  const out = new Int32Array(total * 2);
  const pos = new Int32Array(lists.length);
  for (let o = 0; o < total; o++) {
    const l = keys[o]! % LIST_LIMIT;
    out[o * 2] = l;
    out[o * 2 + 1] = pos[l]!;
    pos[l] = pos[l]! + 3;
  }
  return out;
}

// Keys stay exact integers below 2^53: list numbers below 2^6, lengths and ends below 2^23.
const LIST_LIMIT = 64;
const START_LIMIT = 1 << 23;

/** The merge as a loop over the lists' heads, for what the packed keys cannot hold. */
function mergeByScan(lists: readonly Int32Array[], total: number): Int32Array {
  const k = lists.length;
  const out = new Int32Array(total * 2);
  const pos = new Int32Array(k);
  // Each list's next (start, end); an exhausted list waits at +∞.
  const headS = new Float64Array(k);
  const headE = new Float64Array(k);
  const advance = (l: number): void => {
    const list = lists[l]!;
    const p = pos[l]!;
    headS[l] = p < list.length ? list[p]! : Infinity;
    headE[l] = p < list.length ? list[p + 1]! : Infinity;
  };
  for (let l = 0; l < k; l++) advance(l);
  for (let o = 0; o < total; o++) {
    let best = 0;
    let bs = headS[0]!;
    let be = headE[0]!;
    for (let l = 1; l < k; l++) {
      const s = headS[l]!;
      if (s < bs || (s === bs && headE[l]! < be)) {
        best = l;
        bs = s;
        be = headE[l]!;
      }
    }
    out[o * 2] = best;
    out[o * 2 + 1] = pos[best]!;
    pos[best] = pos[best]! + 3;
    advance(best);
  }
  return out;
}
