/**
 * Colour arithmetic for contrast: WCAG 2.x relative luminance and contrast ratio, CSS colour strings
 * as browsers compute them, and alpha blending (a tint is seen over what is under it).
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 … 1 */
  a: number;
}

/** `rgb(…)`/`rgba(…)` (comma or space syntax), `color(srgb …)` and `#rgb`/`#rrggbb`; undefined for others. */
export function parseColor(css: string): Rgba | undefined {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = /^(rgba?|color)\((.*)\)$/.exec(s);
  if (!fn) return undefined;
  let body = fn[2]!;
  let scale = 1;
  if (fn[1] === 'color') {
    if (!body.startsWith('srgb ')) return undefined;
    body = body.slice(5);
    scale = 255;
  }
  const parts = body.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const num = (p: string, max: number) => (p.endsWith('%') ? (parseFloat(p) / 100) * max : parseFloat(p) * (max === 255 ? scale : 1));
  const [r, g, b] = parts.slice(0, 3).map((p) => num(p, 255)) as [number, number, number];
  const a = parts[3] === undefined ? 1 : num(parts[3], 1);
  if (![r, g, b, a].every(Number.isFinite)) return undefined;
  return { r, g, b, a };
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
