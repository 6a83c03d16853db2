/**
 * Leftmost-longest selection: from overlapping matches keep the one that starts first, and of those
 * the longest, then continue after it. 陕西安康 → 陕西 + 安康 (西安 loses); 三明治 beats 三明.
 */

/** Input and output are flat (start, end, pattern) triples; the output is sorted and non-overlapping. */
export function leftmostLongest(flat: readonly number[]): number[] {
  const n = flat.length / 3;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => flat[a * 3]! - flat[b * 3]! || flat[b * 3 + 1]! - flat[a * 3 + 1]!);
  const out: number[] = [];
  let reached = -1;
  for (const i of order) {
    const s = flat[i * 3]!;
    if (s < reached) continue;
    const e = flat[i * 3 + 1]!;
    out.push(s, e, flat[i * 3 + 2]!);
    reached = e;
  }
  return out;
}
