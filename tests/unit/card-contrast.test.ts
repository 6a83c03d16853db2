import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../components/card/card-styles';
import { contrastRatio, parseColor } from '../../lib/cards/contrast';

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--sl-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

// WCAG 2.x contrast ratio of two #rrggbb colours.
const contrast = (a: string, b: string): number => contrastRatio(parseColor(a)!, parseColor(b)!);

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
