import type { CompactNormalized } from './normalize';

/**
 * Maps normalized [start, end) back to the original text. Calls must come in order of start:
 * starts only grow, so the shift before each start is found by walking on. The result is left in
 * start and end rather than returned as a pair: this runs once per mention, and a pair per call
 * is garbage the collector pays for on big pages.
 */
export interface OffsetMap {
  start: number;
  end: number;
  to(ns: number, ne: number): void;
}

export function originalOffsets(norm: CompactNormalized): OffsetMap {
  const { cutAt, cutShift } = norm;
  let cut = 0;
  let shift = 0;
  const map: OffsetMap = {
    start: 0,
    end: 0,
    to(ns, ne) {
      while (cut < cutAt.length && cutAt[cut]! <= ns) shift = cutShift[cut++]!;
      let endShift = shift;
      for (let k = cut; k < cutAt.length && cutAt[k]! <= ne - 1; k++) endShift = cutShift[k]!;
      map.start = ns + shift;
      map.end = ne - 1 + endShift + 1;
    },
  };
  return map;
}
