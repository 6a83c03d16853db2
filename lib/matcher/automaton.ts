/**
 * A compact Aho-Corasick automaton over UTF-16 code units.
 *
 * Chinese place names and keywords are short and the text is long, so the hot loop is what matters:
 * code units that occur in no pattern send the automaton straight back to the root through one
 * table lookup, the root's and depth-1 states' transitions are dense rows, and deeper states keep
 * their few edges in one flat sorted array.
 *
 * Built in two steps, so the content script can skip the first: compileTrie (patterns → the trie
 * as a few integer arrays, lib/matcher/automaton-trie.ts, done at build time for the page) and
 * loadAutomaton (trie → failure links and the tables the scan reads, a few linear passes over
 * typed arrays).
 */
import { compileTrie, type CompiledTrie } from './automaton-trie';

export interface Automaton {
  readonly patternCount: number;
  readonly stateCount: number;
  /**
   * Every occurrence of every pattern, as consecutive triples (start, end, pattern) in UTF-16 units.
   * Returned in order of `end`; equal ends come longest first.
   */
  findAll(text: string): Int32Array;
  /**
   * The same triples split by each pattern's group (`groupOf`, given at load), each group's in
   * the automaton's own buffers, in findAll's order: views valid only until the next call. The
   * detector reads its layers so; one pass, where findAll and a split would be two.
   */
  findByGroup(text: string): Int32Array[];
  /** Each state's failure link: what loadAutomaton computes, kept so build time can store it (automaton-file.ts). */
  readonly failureLinks: Int32Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  return loadAutomaton(compileTrie(patterns));
}

/**
 * The automaton of a compiled trie: failure links, dense rows, output chains. `groupOf` numbers
 * each pattern's group (0 … groupCount - 1) for findByGroup; without it every pattern is in group 0.
 * `links`, the failure links computed at build time (automaton-file.ts), spare the page their
 * search, the one step here that is more than a copy or a running sum.
 */
export function loadAutomaton(trie: CompiledTrie, groupOf: Int8Array = new Int8Array(trie.patternCount), groupCount = 1, links?: Int32Array): Automaton {
  const { alphabet, childCount, childKey, ownCount, ownPattern } = trie;
  const n = childCount.length;
  const width = alphabet.length + 1;
  // Code unit → class (0 = not in any pattern).
  const classOf = new Uint16Array(65536);
  for (let i = 0; i < alphabet.length; i++) classOf[alphabet.charCodeAt(i)] = i + 1;
  // States are numbered breadth first, children in key order: state s's children are the
  // childCount[s] states from firstChild[s], and its keys sit at edgeStart[s] in childKey.
  const edgeStart = new Int32Array(n + 1);
  const depth = new Int32Array(n);
  for (let s = 0, next = 1; s < n; s++) {
    edgeStart[s + 1] = edgeStart[s]! + childCount[s]!;
    for (let c = 0; c < childCount[s]!; c++) depth[next++] = depth[s]! + 1;
  }
  const firstChild = (s: number) => edgeStart[s]! + 1;
  let denseCount = 1;
  while (denseCount < n && depth[denseCount] === 1) denseCount++;
  const dense = new Int32Array(denseCount * width);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) dense[childKey[e]!] = firstChild(0) + e - edgeStart[0]!;
  for (let s = 1; s < denseCount; s++) {
    dense.copyWithin(s * width, 0, width); // fail of a depth-1 state is the root
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) dense[s * width + childKey[e]!] = firstChild(s) + e - edgeStart[s]!;
  }
  const fail = links ?? new Int32Array(n);
  const step = (s: number, k: number): number => {
    for (;;) {
      if (s < denseCount) return dense[s * width + k]!;
      let lo = edgeStart[s]!;
      let hi = edgeStart[s + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (childKey[mid]! < k) lo = mid + 1;
        else hi = mid;
      }
      if (lo < edgeStart[s + 1]! && childKey[lo] === k) return firstChild(s) + lo - edgeStart[s]!;
      s = fail[s]!;
    }
  };
  // Breadth-first order: a state's failure link is known before its children's are computed.
  for (let s = 1; !links && s < n; s++) {
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) fail[firstChild(s) + e - edgeStart[s]!] = step(fail[s]!, childKey[e]!);
  }
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + ownCount[s]!;
  // Nearest state on the failure chain that ends a pattern (-1 when none): the output chain.
  const outLink = new Int32Array(n).fill(-1);
  const hasOut = new Uint8Array(n);
  for (let s = 1; s < n; s++) {
    const f = fail[s]!;
    outLink[s] = ownCount[f]! > 0 ? f : outLink[f]!;
    hasOut[s] = ownCount[s]! > 0 || outLink[s]! >= 0 ? 1 : 0;
  }

  // Matches collect in one buffer per group, kept between calls.
  const bufs = Array.from({ length: groupCount }, () => new Int32Array(256));
  const used = new Int32Array(groupCount);
  function findAll(text: string): Int32Array {
    const parts = findByGroup(text);
    if (parts.length === 1) return parts[0]!.slice();
    // Back into one list in order of end (longest first at equal ends), as the scan met them.
    const all: [number, number, number][] = [];
    for (const part of parts) for (let i = 0; i < part.length; i += 3) all.push([part[i]!, part[i + 1]!, part[i + 2]!]);
    all.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    return Int32Array.from(all.flat());
  }
  /** Room for one more triple in group g's buffer. */
  function grow(g: number): Int32Array {
    const bigger = new Int32Array(bufs[g]!.length * 2);
    bigger.set(bufs[g]!);
    bufs[g] = bigger;
    return bigger;
  }
  function findByGroup(text: string): Int32Array[] {
    // Tables in locals, not read through the closure: a page's first scans run before the JIT
    // has optimized this loop (the first ~60 000 code units), where every access costs.
    const classes = classOf;
    const rows = dense;
    const denseStates = denseCount;
    const rowWidth = width;
    const edges = edgeStart;
    const keys = childKey;
    const failure = fail;
    const out = hasOut;
    const groupOfPattern = groupOf;
    const len = text.length;
    used.fill(0);
    let s = 0;
    for (let i = 0; i < len; i++) {
      const k = classes[text.charCodeAt(i)]!;
      if (k === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        if (s < denseStates) {
          s = rows[s * rowWidth + k]!;
          break;
        }
        let e = edges[s]!;
        const hi = edges[s + 1]!;
        while (e < hi && keys[e]! < k) e++;
        if (e < hi && keys[e] === k) {
          s = e + 1; // the child behind edge e: state numbers follow edge order (firstChild)
          break;
        }
        s = failure[s]!;
      }
      if (out[s] === 0) continue;
      // All outputs of one state have its depth as length; the chain gets shorter, so longest first.
      for (let o = s; o >= 0; o = outLink[o]!) {
        const length = depth[o]!;
        for (let j = outStart[o]!; j < outStart[o + 1]!; j++) {
          const pattern = ownPattern[j]!;
          const g = groupOfPattern[pattern]!;
          const at = used[g]!;
          const dest = at + 3 > bufs[g]!.length ? grow(g) : bufs[g]!;
          dest[at] = i + 1 - length;
          dest[at + 1] = i + 1;
          dest[at + 2] = pattern;
          used[g] = at + 3;
        }
      }
    }
    return bufs.map((b, g) => b.subarray(0, used[g]));
  }

  return { patternCount: trie.patternCount, stateCount: n, findAll, findByGroup, failureLinks: fail };
}
