/**
 * A compact Aho-Corasick automaton over UTF-16 code units.
 *
 * Chinese place names and keywords are short and the text is long, so the hot loop is what matters:
 * code units that occur in no pattern send the automaton straight back to the root through one
 * table lookup, the root's transitions are one dense row, and every other state keeps its few
 * edges in one flat sorted array.
 *
 * Built in two steps, so the content script can skip the first: automatonTables (patterns → the
 * trie, its failure links and output chains as typed arrays, lib/matcher/automaton-tables.ts,
 * done at build time for the page) and loadAutomaton (those tables → the scan, which adds only
 * the class table and the root's row).
 */
import { compileTrie } from './automaton-trie';
import { automatonTables, type AutomatonTables } from './automaton-tables';

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
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  return loadAutomaton(automatonTables(compileTrie(patterns)));
}

/**
 * The scan over the tables. `groupOf` numbers each pattern's group (0 … groupCount - 1) for
 * findByGroup; without it every pattern is in group 0. Only the root has a dense row: in the
 * page's data the depth-1 states have a dozen children at most (a short walk over sorted keys,
 * as deeper states always had), and their dense rows were ~570 000 cells each frame filled.
 */
export function loadAutomaton(tables: AutomatonTables, groupOf: Int8Array = new Int8Array(tables.patternCount), groupCount = 1): Automaton {
  const { alphabet, edgeStart, childKey, depth, outStart, ownPattern, fail, firstOut } = tables;
  // Code unit → class (0 = not in any pattern).
  const classOf = new Uint16Array(65536);
  for (let i = 0; i < alphabet.length; i++) classOf[alphabet.charCodeAt(i)] = i + 1;
  // The root's transition on each class: its child, or the root itself (0).
  const root = new Int32Array(alphabet.length + 1);
  for (let e = 0; e < edgeStart[1]!; e++) root[childKey[e]!] = e + 1;

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
    const rootRow = root;
    const edges = edgeStart;
    const keys = childKey;
    const failure = fail;
    const outFrom = firstOut;
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
        if (s === 0) {
          s = rootRow[k]!;
          break;
        }
        let e = edges[s]!;
        const hi = edges[s + 1]!;
        while (e < hi && keys[e]! < k) e++;
        if (e < hi && keys[e] === k) {
          s = e + 1; // the child behind edge e: states are numbered in edge order
          break;
        }
        s = failure[s]!;
      }
      // All outputs of one state have its depth as length; the chain gets shorter, so longest first.
      for (let o = outFrom[s]!; o >= 0; o = outFrom[failure[o]!]!) {
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

  return { patternCount: tables.patternCount, stateCount: depth.length, findAll, findByGroup };
}
