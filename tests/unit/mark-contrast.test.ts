import { describe, expect, it } from 'vitest';
import { MARK_LINES, markToneFor } from '../../entrypoints/content/highlights/highlight-styles';
import { blend, contrastRatio, luminance, parseColor, toneOf, type Rgba } from '../../lib/cards/contrast';

const hex = (h: string): Rgba => parseColor(h)!;

// Page backgrounds across the whole colour cube (steps of 17 per channel: 4 096 colours), and named
// ones readers meet: white, paper, beige, pastel panels, mid greys, navy, saturated blues, black.
const cube: Rgba[] = [];
for (let r = 0; r <= 255; r += 17) for (let g = 0; g <= 255; g += 17) for (let b = 0; b <= 255; b += 17) cube.push({ r, g, b, a: 1 });
const named = ['#ffffff', '#f7f7f2', '#f3e2b8', '#e8f4ff', '#fff4d6', '#eafbea', '#808080', '#767676', '#1e4fa0', '#0b3d91', '#2a2f36', '#15171a', '#000000', '#c00000', '#007a3d'].map(hex);

describe('marks keep 3:1 against the page background under them', () => {
  for (const [label, samples] of [['named page colours', named], ['the colour cube', cube]] as const) {
    it(label, () => {
      const low: string[] = [];
      for (const bg of samples) {
        const tone = markToneFor(luminance(bg));
        for (const [kind, line] of Object.entries(MARK_LINES[tone])) {
          const ratio = contrastRatio(hex(line), bg);
          if (ratio < 3) low.push(`${kind} ${line} on rgb(${bg.r},${bg.g},${bg.b}) (${tone}): ${ratio.toFixed(2)}`);
        }
      }
      expect(low).toEqual([]);
    });
  }

  it('a single palette could not: the light one fails on dark pages, the dark one on light pages', () => {
    expect(contrastRatio(hex(MARK_LINES.light.topic), hex('#15171a'))).toBeLessThan(3);
    expect(contrastRatio(hex(MARK_LINES.dark.topic), hex('#ffffff'))).toBeLessThan(3);
  });
});

describe('colour reading', () => {
  it('parses the forms browsers compute, blends tints, and tells light from dark', () => {
    expect(parseColor('rgb(21, 23, 26)')).toEqual({ r: 21, g: 23, b: 26, a: 1 });
    expect(parseColor('rgba(255, 255, 255, 0.9)')).toEqual({ r: 255, g: 255, b: 255, a: 0.9 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.5)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.5 });
    expect(parseColor('oklch(0.5 0.1 200)')).toBeUndefined();
    expect(blend({ r: 255, g: 255, b: 255, a: 0.5 }, hex('#000000'))).toMatchObject({ r: 127.5, g: 127.5, b: 127.5 });
    expect(toneOf(hex('#15171a'))).toBe('dark');
    expect(toneOf(hex('#1e4fa0'))).toBe('dark');
    expect(toneOf(hex('#f3e2b8'))).toBe('light');
  });
});
