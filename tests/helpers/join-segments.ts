/**
 * Test helper: joins segments (one per DOM text node, or anything else) into one text and maps
 * offsets in it back to the nodes, so a test can check where a mention split by an inline <b> falls.
 */
/** A piece of text and the node it came from. */
export interface Segment<N> {
  readonly node: N;
  readonly text: string;
}

export interface NodeRange<N> {
  readonly node: N;
  readonly start: number;
  readonly end: number;
}

export interface JoinedSegments<N> {
  readonly text: string;
  /** Original offsets [start, end) → one range per node touched, skipping empty pieces. */
  rangesOf(start: number, end: number): NodeRange<N>[];
}

/** Joins segments as written (an inline <b> split leaves no gap); callers add '\n' segments between blocks. */
export function joinSegments<N>(segments: readonly Segment<N>[]): JoinedSegments<N> {
  const starts = new Int32Array(segments.length + 1);
  let text = '';
  segments.forEach((s, i) => {
    starts[i] = text.length;
    text += s.text;
  });
  starts[segments.length] = text.length;

  function segmentAt(offset: number): number {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function rangesOf(start: number, end: number): NodeRange<N>[] {
    const ranges: NodeRange<N>[] = [];
    for (let i = segmentAt(start); i < segments.length && starts[i]! < end; i++) {
      const from = Math.max(start, starts[i]!) - starts[i]!;
      const to = Math.min(end, starts[i + 1]!) - starts[i]!;
      if (to > from) ranges.push({ node: segments[i]!.node, start: from, end: to });
    }
    return ranges;
  }

  return { text, rangesOf };
}
