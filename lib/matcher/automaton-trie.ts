/**
 * The Aho-Corasick trie as a few integer arrays (what lib/matcher/automaton.ts loadAutomaton reads),
 * written at build time into data/page-detector.generated.json (automaton-file.ts), so the content
 * script loads the automaton without building a trie of Maps in every frame.
 */
export interface CompiledTrie {
  readonly patternCount: number;
  /** Every code unit of every pattern, in class order: class i + 1 is alphabet[i]. */
  readonly alphabet: string;
  /** Per state, breadth first, children numbered in key order: how many children it has. */
  readonly childCount: Uint16Array;
  /** The children's classes, state after state, each state's in ascending order. */
  readonly childKey: Uint16Array;
  /** Per state, how many patterns end exactly there. */
  readonly ownCount: Uint16Array;
  /** Those patterns' numbers, state after state. */
  readonly ownPattern: Uint16Array;
}

export function compileTrie(patterns: readonly string[]): CompiledTrie {
  if (patterns.length >= 65536) throw new Error('automaton: more patterns than a Uint16 pattern number holds');
  const classOf = new Map<number, number>();
  let alphabet = '';
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (!classOf.has(c)) {
        classOf.set(c, classOf.size + 1);
        alphabet += p[i];
      }
    }
  }
  const edges: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = classOf.get(p.charCodeAt(i))!;
      let next = edges[s]!.get(k);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        own.push([]);
        edges[s]!.set(k, next);
      }
      s = next;
    }
    own[s]!.push(id);
  });
  const order: number[] = [0];
  const childCount: number[] = [];
  const childKey: number[] = [];
  const ownCount: number[] = [];
  const ownPattern: number[] = [];
  for (let qi = 0; qi < order.length; qi++) {
    const old = order[qi]!;
    const kids = [...edges[old]!].sort((a, b) => a[0] - b[0]);
    childCount.push(kids.length);
    for (const [k, t] of kids) {
      childKey.push(k);
      order.push(t);
    }
    ownCount.push(own[old]!.length);
    ownPattern.push(...own[old]!);
  }
  return {
    patternCount: patterns.length,
    alphabet,
    childCount: Uint16Array.from(childCount),
    childKey: Uint16Array.from(childKey),
    ownCount: Uint16Array.from(ownCount),
    ownPattern: Uint16Array.from(ownPattern),
  };
}
