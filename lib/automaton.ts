/**
 * A compact Aho-Corasick automaton over UTF-16 code units.
 *
 * Chinese place names and keywords are short and the text is long, so the hot loop is what matters:
 * code units that occur in no pattern send the automaton straight back to the root through one
 * table lookup, the root's transitions are a dense array, and deeper states keep their few edges in
 * one flat sorted array.
 */

export interface Automaton {
  readonly patternCount: number;
  readonly stateCount: number;
  /**
   * Every occurrence of every pattern, as consecutive triples (start, end, pattern) in UTF-16 units.
   * Returned in order of `end`; equal ends come longest first.
   */
  findAll(text: string): Int32Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Dense alphabet: code unit → class (0 = not in any pattern).
  const classOf = new Uint16Array(65536);
  let alphabet = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = alphabet++;
    }
  }

  // Trie with per-state edge maps during the build only.
  const edges: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const ownOutput: number[][] = [[]];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = classOf[p.charCodeAt(i)]!;
      let next = edges[s]!.get(k);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        depth.push(depth[s]! + 1);
        ownOutput.push([]);
        edges[s]!.set(k, next);
      }
      s = next;
    }
    ownOutput[s]!.push(id);
  });

  const n = edges.length;
  const fail = new Int32Array(n);
  // Nearest state on the failure chain that ends a pattern (-1 when none): the output chain.
  const outLink = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const queue: number[] = [];
  for (const t of edges[0]!.values()) queue.push(t);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    order.push(s);
    for (const [k, t] of edges[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !edges[f]!.has(k)) f = fail[f]!;
      const ft = edges[f]!.get(k);
      fail[t] = ft !== undefined && ft !== t ? ft : 0;
      const ff = fail[t]!;
      outLink[t] = ownOutput[ff]!.length > 0 ? ff : outLink[ff]!;
      queue.push(t);
    }
  }

  const rootNext = new Int32Array(alphabet);
  for (const [k, t] of edges[0]!) rootNext[k] = t;
  // Flat sorted edges for the other states.
  const edgeStart = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = total;
    if (s !== 0) total += edges[s]!.size;
  }
  edgeStart[n] = total;
  const edgeKey = new Int32Array(total);
  const edgeTo = new Int32Array(total);
  for (let s = 1; s < n; s++) {
    const sorted = [...edges[s]!].sort((a, b) => a[0] - b[0]);
    let j = edgeStart[s]!;
    for (const [k, t] of sorted) {
      edgeKey[j] = k;
      edgeTo[j] = t;
      j++;
    }
  }
  const outStart = new Int32Array(n + 1);
  let outTotal = 0;
  for (let s = 0; s < n; s++) {
    outStart[s] = outTotal;
    outTotal += ownOutput[s]!.length;
  }
  outStart[n] = outTotal;
  const outPattern = new Int32Array(outTotal);
  const outLength = new Int32Array(outTotal);
  for (let s = 0, j = 0; s < n; s++) {
    // Longest first within a state is automatic: all outputs of one state have the same length.
    for (const id of ownOutput[s]!) {
      outPattern[j] = id;
      outLength[j++] = depth[s]!;
    }
  }
  const hasOut = new Uint8Array(n);
  for (let s = 0; s < n; s++) hasOut[s] = ownOutput[s]!.length > 0 || outLink[s]! >= 0 ? 1 : 0;

  function step(s: number, k: number): number {
    for (;;) {
      if (s === 0) return rootNext[k]!;
      let lo = edgeStart[s]!;
      const hi = edgeStart[s + 1]!;
      // States below the root have one or two edges almost always: a linear scan is fastest.
      for (; lo < hi; lo++) {
        const key = edgeKey[lo]!;
        if (key === k) return edgeTo[lo]!;
        if (key > k) break;
      }
      s = fail[s]!;
    }
  }

  function findAll(text: string): Int32Array {
    let buf = new Int32Array(64);
    let used = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const k = classOf[text.charCodeAt(i)]!;
      if (k === 0) {
        s = 0;
        continue;
      }
      s = step(s, k);
      if (hasOut[s] === 0) continue;
      for (let o = s; o >= 0; o = outLink[o]!) {
        for (let j = outStart[o]!; j < outStart[o + 1]!; j++) {
          if (used + 3 > buf.length) {
            const bigger = new Int32Array(buf.length * 2);
            bigger.set(buf);
            buf = bigger;
          }
          buf[used++] = i + 1 - outLength[j]!;
          buf[used++] = i + 1;
          buf[used++] = outPattern[j]!;
        }
      }
    }
    return buf.subarray(0, used);
  }

  return { patternCount: patterns.length, stateCount: n, findAll };
}
