import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../components/card/card-styles';

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--sl-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Every text colour on every background it is drawn on.
const PAIRS: [string, string][] = [
  ['fg', 'bg'], ['muted', 'bg'], ['fg', 'soft'], ['muted', 'soft'], ['fg', 'local-bg'], ['muted', 'local-bg'],
  ['warn-fg', 'warn-bg'], ['official-fg', 'official-bg'], ['article-fg', 'article-bg'],
  ['anecdote-fg', 'anecdote-bg'], ['claim-fg', 'claim-bg'], ['accent', 'bg'],
];

describe('card colours meet WCAG AA (4.5:1) in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(theme, () => {
      const v = vars(THEME_COLORS[theme]);
      const low = PAIRS.map(([fg, bg]) => [fg, bg, contrast(v[fg]!, v[bg]!)] as const).filter(([, , ratio]) => ratio < 4.5);
      expect(low).toEqual([]);
    });
  }
});
