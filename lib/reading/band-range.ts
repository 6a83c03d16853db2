/**
 * Which stretch of a list of boxes, kept top to bottom, lies in a vertical band: by binary search,
 * so a page with tens of thousands of blocks costs a few dozen box reads per scroll, not one per
 * block (what an IntersectionObserver with that many targets costs Chromium in every frame).
 */
import { firstIndex } from './first-index';

export interface Box {
  top: number;
  bottom: number;
}

/** Boxes with no size (hidden, detached) say nothing about where their neighbours are. */
const isEmpty = (b: Box | undefined): boolean => !b || b.bottom <= b.top;

/** How far a probe looks on either side for a box with a size before giving up on that spot. */
const PROBE_REACH = 16;

/**
 * Indices [from, to) of the boxes that may meet `band`, given boxes in order of their tops and no
 * taller than `tallest`: `from` is the first whose top is at or below band.top − tallest (nothing
 * before it can reach the band), `to` the first whose top is below band.bottom. The caller checks
 * each box in the stretch. Empty boxes are skipped over when probing.
 */
export function bandRange(count: number, boxAt: (i: number) => Box | undefined, band: Box, tallest: number): [number, number] {
  const topAt = (i: number): number | undefined => {
    for (let d = 0; d <= PROBE_REACH; d++) {
      const after = i + d < count ? boxAt(i + d) : undefined;
      if (!isEmpty(after)) return after!.top;
      const before = d > 0 && i - d >= 0 ? boxAt(i - d) : undefined;
      if (!isEmpty(before)) return before!.top;
    }
    return undefined;
  };
  // A probe that finds only empty boxes (a long hidden stretch) answers so that the stretch
  // grows rather than shrinks: a few more boxes checked, never a near one missed.
  const firstWhere = (test: (top: number) => boolean, unknown: boolean): number =>
    firstIndex(count, (i) => {
      const top = topAt(i);
      return top === undefined ? unknown : test(top);
    });
  const from = firstWhere((top) => top >= band.top - tallest, true);
  const to = firstWhere((top) => top > band.bottom, false);
  return [from, Math.max(from, to)];
}

/** Whether a box meets the band (an empty one never does). */
export function meetsBand(box: Box, band: Box): boolean {
  return !isEmpty(box) && box.bottom >= band.top && box.top <= band.bottom;
}
