/**
 * Colour arithmetic for contrast: WCAG 2.x relative luminance and contrast ratio, CSS colours as
 * browsers compute them, and alpha blending (a tint is seen over what is under it).
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 … 1 */
  a: number;
}

/**
 * A computed colour: browsers serialise sRGB colours as `rgb(r, g, b)` or `rgba(r, g, b, a)`; other
 * colour spaces (oklch(), color()) give undefined, and the caller looks further.
 */
export function parseColor(css: string): Rgba | undefined {
  const m = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+)(%?))?\)$/.exec(css.trim());
  if (!m) return undefined;
  const a = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/** `#rrggbb` as a colour (palettes are written so). */
export function hexColor(hex: string): Rgba {
  const n = parseInt(hex.slice(1), 16);
  return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
}

/** `over` drawn on an opaque `under`. */
export function blend(over: Rgba, under: Rgba): Rgba {
  const a = over.a;
  return { r: over.r * a + under.r * (1 - a), g: over.g * a + under.g * (1 - a), b: over.b * a + under.b * (1 - a), a: 1 };
}

export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const x = Math.min(255, Math.max(0, v)) / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Light or dark by which of white and black text would read better on it (they tie at luminance ≈ 0.18). */
export function toneOf(background: Rgba): 'light' | 'dark' {
  return luminance(background) < 0.179 ? 'dark' : 'light';
}
