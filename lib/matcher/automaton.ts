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
  /** The same triples in the automaton's own buffer: valid only until its next call, not to be kept. */
  findAllShared(text: string): Int32Array;
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
  const depthOld: number[] = [0];
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
        depthOld.push(depthOld[s]! + 1);
        ownOutput.push([]);
        edges[s]!.set(k, next);
      }
      s = next;
    }
    ownOutput[s]!.push(id);
  });

  const n0 = edges.length;
  // Breadth-first order: the root, then every depth-1 state, then deeper ones. States are renumbered
  // in this order so that "dense" is simply "number below denseCount".
  const bfs: number[] = [0];
  for (let qi = 0; qi < bfs.length; qi++) for (const t of edges[bfs[qi]!]!.values()) bfs.push(t);
  const renum = new Int32Array(n0);
  bfs.forEach((old, i) => (renum[old] = i));
  const n = n0;
  const fail = new Int32Array(n);
  const depth = new Int32Array(n);
  const own: number[][] = new Array(n);
  // Each state's edges keep their build-time targets; renum translates them where they are read.
  const kids: Map<number, number>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const old = bfs[i]!;
    depth[i] = depthOld[old]!;
    own[i] = ownOutput[old]!;
    kids[i] = edges[old]!;
  }
  // Nearest state on the failure chain that ends a pattern (-1 when none): the output chain.
  const outLink = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (s === 0) continue;
    for (const [k, old] of kids[s]!) {
      const t = renum[old]!;
      let f = fail[s]!;
      while (f !== 0 && !kids[f]!.has(k)) f = fail[f]!;
      const next = kids[f]!.get(k);
      fail[t] = next === undefined ? 0 : renum[next]!;
      const ff = fail[t]!;
      outLink[t] = own[ff]!.length > 0 ? ff : outLink[ff]!;
    }
  }

  // Dense rows (a full transition function) for the root and depth-1 states, where the scan spends
  // most of its time; deeper states keep sorted sparse edges and fall back along failure links,
  // which always end in a dense state within a few hops.
  let denseCount = 1;
  while (denseCount < n && depth[denseCount] === 1) denseCount++;
  const width = alphabet;
  const dense = new Int32Array(denseCount * width);
  for (const [k, t] of kids[0]!) dense[k] = renum[t]!;
  for (let s = 1; s < denseCount; s++) {
    dense.copyWithin(s * width, 0, width); // fail of a depth-1 state is the root
    for (const [k, t] of kids[s]!) dense[s * width + k] = renum[t]!;
  }
  const edgeStart = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = total;
    if (s >= denseCount) total += kids[s]!.size;
  }
  edgeStart[n] = total;
  const edgeKey = new Int32Array(total);
  const edgeTo = new Int32Array(total);
  for (let s = denseCount; s < n; s++) {
    // Few edges per state: insertion sort by key, in place.
    const from = edgeStart[s]!;
    let j = from;
    for (const [k, t] of kids[s]!) {
      let at = j++;
      while (at > from && edgeKey[at - 1]! > k) {
        edgeKey[at] = edgeKey[at - 1]!;
        edgeTo[at] = edgeTo[at - 1]!;
        at--;
      }
      edgeKey[at] = k;
      edgeTo[at] = renum[t]!;
    }
  }
  const outStart = new Int32Array(n + 1);
  let outTotal = 0;
  for (let s = 0; s < n; s++) {
    outStart[s] = outTotal;
    outTotal += own[s]!.length;
  }
  outStart[n] = outTotal;
  const outPattern = new Int32Array(outTotal);
  const outLength = new Int32Array(outTotal);
  for (let s = 0, j = 0; s < n; s++) {
    // All outputs of one state have its depth as length; the chain gets shorter, so longest first.
    for (const id of own[s]!) {
      outPattern[j] = id;
      outLength[j++] = depth[s]!;
    }
  }
  const hasOut = new Uint8Array(n);
  for (let s = 0; s < n; s++) hasOut[s] = own[s]!.length > 0 || outLink[s]! >= 0 ? 1 : 0;

  // Matches collect in one buffer kept between calls.
  let buf = new Int32Array(1024);
  function findAll(text: string): Int32Array {
    return findAllShared(text).slice();
  }
  function findAllShared(text: string): Int32Array {
    let used = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const k = classOf[text.charCodeAt(i)]!;
      if (k === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s < denseCount) {
          s = dense[s * width + k]!;
          break;
        }
        let e = edgeStart[s]!;
        const hi = edgeStart[s + 1]!;
        while (e < hi && edgeKey[e]! < k) e++;
        if (e < hi && edgeKey[e] === k) {
          s = edgeTo[e]!;
          break;
        }
        s = fail[s]!;
      }
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

  return { patternCount: patterns.length, stateCount: n, findAll, findAllShared };
}
