/**
 * Leftmost-longest selection: from overlapping matches keep the one that starts first, and of those
 * the longest, then continue after it. 陕西安康 → 陕西 + 安康 (西安 loses); 三明治 beats 三明.
 */

/**
 * Sorts flat (start, end, pattern) triples by start, longest first. The automaton reports matches
 * by end and names are short, so the input is nearly sorted already and insertion sort is linear
 * in practice.
 */
export function sortByStart(flat: ArrayLike<number>): Int32Array {
  const out = Int32Array.from(flat);
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

/** Input and output are flat (start, end, pattern) triples; the output is sorted and non-overlapping. */
export function leftmostLongest(flat: ArrayLike<number>): Int32Array {
  const sorted = sortByStart(flat);
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
