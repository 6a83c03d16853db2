import { describe, expect, it } from 'vitest';
import { bandRange, meetsBand, type Box } from '../../lib/reading/band-range';

/** A small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Boxes as a page lays out blocks: tops never going up, heights up to `tallest`, some boxes empty
 * (hidden) in runs of up to `hiddenRun`.
 */
function page(rnd: () => number, count: number, hiddenRun: number): { boxes: Box[]; tallest: number } {
  const boxes: Box[] = [];
  let top = -5000 + rnd() * 1000;
  let tallest = 0;
  while (boxes.length < count) {
    if (rnd() < 0.08) {
      const run = 1 + Math.floor(rnd() * hiddenRun);
      for (let k = 0; k < run && boxes.length < count; k++) boxes.push({ top: 0, bottom: 0 });
      continue;
    }
    const height = 1 + rnd() * 300;
    // Side by side now and then: the same top as the box before.
    if (rnd() > 0.1) top += rnd() * 200;
    boxes.push({ top, bottom: top + height });
    tallest = Math.max(tallest, height);
  }
  return { boxes, tallest };
}

const near = (boxes: Box[], band: Box): number[] => boxes.flatMap((b, i) => (meetsBand(b, band) ? [i] : []));

describe('bandRange', () => {
  it('leaves out no box that meets the band, whatever the page', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const { boxes, tallest } = page(rnd, 1 + Math.floor(rnd() * 3000), seed % 3 === 0 ? 60 : 6);
      const bandTop = -6000 + rnd() * 40000;
      const band = { top: bandTop, bottom: bandTop + 200 + rnd() * 3000 };
      const [from, to] = bandRange(boxes.length, (i) => boxes[i], band, tallest);
      const found = near(boxes.slice(from, to), band).map((i) => i + from);
      expect(found, `seed ${seed}`).toEqual(near(boxes, band));
    }
  });

  it('reads a few dozen boxes, not all of them, on a long page', () => {
    const rnd = random(7);
    const { boxes, tallest } = page(rnd, 40000, 4);
    let reads = 0;
    const band = { top: 1_000_000, bottom: 1_003_000 };
    const [from, to] = bandRange(boxes.length, (i) => (reads++, boxes[i]), band, tallest);
    expect(near(boxes, band).length).toBeGreaterThan(0);
    expect(reads).toBeLessThan(200);
    expect(to - from).toBeLessThan(100);
  });

  it('gives an empty stretch when every box is hidden or there are none', () => {
    expect(bandRange(0, () => undefined, { top: 0, bottom: 100 }, 10)).toEqual([0, 0]);
    const hidden = Array.from({ length: 50 }, () => ({ top: 0, bottom: 0 }));
    const [from, to] = bandRange(hidden.length, (i) => hidden[i], { top: 0, bottom: 100 }, 10);
    expect(near(hidden.slice(from, to), { top: 0, bottom: 100 })).toEqual([]);
  });
});

describe('meetsBand', () => {
  it('counts a box touching the band and never an empty one', () => {
    const band = { top: 100, bottom: 200 };
    expect(meetsBand({ top: 50, bottom: 100 }, band)).toBe(true);
    expect(meetsBand({ top: 200, bottom: 260 }, band)).toBe(true);
    expect(meetsBand({ top: 201, bottom: 260 }, band)).toBe(false);
    expect(meetsBand({ top: 150, bottom: 150 }, band)).toBe(false);
  });
});
