/**
 * Typed-array passes over the automaton's (start, end, x) triples that a scan strings together:
 * splitting them by layer, and merging sorted lists into one order without a comparator sort.
 */

/**
 * Splits the automaton's triples by layer, keeping their order, into the given buffers (grown
 * there when too small): views valid until the next call.
 */
export function partition(raw: Int32Array, layerOf: Int8Array, buffers: Int32Array[]): Int32Array[] {
  const layers = buffers.length;
  const sizes = new Int32Array(layers);
  const layerAt = new Int8Array(raw.length / 3);
  for (let i = 2, k = 0; i < raw.length; i += 3, k++) {
    const l = layerOf[raw[i]!]!;
    layerAt[k] = l;
    sizes[l] = sizes[l]! + 3;
  }
  for (let l = 0; l < layers; l++) if (buffers[l]!.length < sizes[l]!) buffers[l] = new Int32Array(sizes[l]! * 2);
  const out = buffers.map((b, l) => b.subarray(0, sizes[l]));
  sizes.fill(0);
  for (let i = 0, k = 0; i < raw.length; i += 3, k++) {
    const l = layerAt[k]!;
    const dest = out[l]!;
    const at = sizes[l]!;
    dest[at] = raw[i]!;
    dest[at + 1] = raw[i + 1]!;
    dest[at + 2] = raw[i + 2]!;
    sizes[l] = at + 3;
  }
  return out;
}

/**
 * Merges lists of (start, end, x) triples, each sorted by (start, end), into one order; ties go to
 * the earlier list. Returns (list, offset of the triple) pairs.
 */
export function mergeSorted(lists: readonly Int32Array[]): Int32Array {
  const k = lists.length;
  let total = 0;
  for (const l of lists) total += l.length / 3;
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

/** How many merged entries come from topic lists (every list but the first and the last). */
export function countTopics(merged: Int32Array, lists: number): number {
  let n = 0;
  for (let o = 0; o < merged.length; o += 2) if (merged[o]! > 0 && merged[o]! < lists - 1) n++;
  return n;
}
