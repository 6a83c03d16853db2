/**
 * Everything the automaton's scan reads (lib/matcher/automaton.ts) except its class table and
 * root row: the compiled trie's edges with failure links and output chains. Made at build time
 * for the page (automaton-file.ts), where loading them is a typed-array copy per table; built
 * here at run time only where there is no such file (the popup, tests, scripts).
 */
import type { CompiledTrie } from './automaton-trie';

export interface AutomatonTables {
  readonly patternCount: number;
  /** Class i + 1 is alphabet[i]; a code unit in no pattern is class 0. */
  readonly alphabet: string;
  /** State s's children, breadth first in key order, are states edgeStart[s] + 1 … edgeStart[s + 1]. */
  readonly edgeStart: Int32Array;
  /** Their classes (keys), at edgeStart[s] … edgeStart[s + 1] - 1, ascending. */
  readonly childKey: Uint16Array;
  /** Per state: its depth, which is the length of every pattern ending there. */
  readonly depth: Uint16Array;
  /** The patterns ending at state s: ownPattern[outStart[s] … outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly ownPattern: Uint16Array;
  /** Per state: its failure link (the root's is 0). */
  readonly fail: Int32Array;
  /** Per state: the nearest state on its failure chain, itself included, where a pattern ends; -1 for none. */
  readonly firstOut: Int32Array;
}

export function automatonTables(trie: CompiledTrie): AutomatonTables {
  const { childCount, childKey, ownCount } = trie;
  const n = childCount.length;
  const edgeStart = new Int32Array(n + 1);
  const outStart = new Int32Array(n + 1);
  const depth = new Uint16Array(n);
  for (let s = 0, next = 1; s < n; s++) {
    edgeStart[s + 1] = edgeStart[s]! + childCount[s]!;
    outStart[s + 1] = outStart[s]! + ownCount[s]!;
    for (let c = 0; c < childCount[s]!; c++) depth[next++] = depth[s]! + 1;
  }
  // State s's child on key k, -1 for none (keys ascend: a binary search, the root has hundreds).
  const child = (s: number, k: number): number => {
    let lo = edgeStart[s]!;
    let hi = edgeStart[s + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (childKey[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < edgeStart[s + 1]! && childKey[lo] === k ? lo + 1 : -1;
  };
  const fail = new Int32Array(n);
  const firstOut = new Int32Array(n).fill(-1);
  // Breadth-first order: a state's failure link is known before its children's are computed.
  for (let s = 0; s < n; s++) {
    if (s > 0) firstOut[s] = ownCount[s]! > 0 ? s : firstOut[fail[s]!]!;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      let f = s;
      let to = -1;
      while (f > 0 && to < 0) to = child((f = fail[f]!), childKey[e]!);
      fail[e + 1] = s === 0 ? 0 : Math.max(to, 0);
    }
  }
  return { patternCount: trie.patternCount, alphabet: trie.alphabet, edgeStart, childKey, depth, outStart, ownPattern: trie.ownPattern, fail, firstOut };
}
