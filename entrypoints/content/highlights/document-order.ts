/**
 * Order of text positions in the page, across open shadow trees: a node in a shadow tree sits where
 * its host does. Used to keep mentions in document order as they are found, so nothing sorts every
 * mention of a page when a card opens.
 */

function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Negative when (a, aOffset) comes before (b, bOffset), positive after, 0 when equal or unrelated. */
export function comparePositions(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  let x = a;
  let y = b;
  if (a.getRootNode() !== b.getRootNode()) {
    // Lift both to the nearest tree they share; the shadow-side node counts as inside its host.
    const ys = hostChain(b);
    const xs = hostChain(a);
    const yRoots = new Map(ys.map((n) => [n.getRootNode(), n]));
    const shared = xs.find((n) => yRoots.has(n.getRootNode()));
    if (!shared) return 0;
    x = shared;
    y = yRoots.get(shared.getRootNode())!;
    if (x === y) return xs.indexOf(x) > 0 ? (ys.indexOf(y) > 0 ? 0 : 1) : -1;
  }
  const pos = x.compareDocumentPosition(y);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/**
 * Where `item` goes in `list` (kept sorted by `compare`): at the end in the common case (text is
 * found top to bottom), else by binary search.
 */
export function insertionPoint<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  const n = list.length;
  if (n === 0 || compare(list[n - 1]!, item) <= 0) return n;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
