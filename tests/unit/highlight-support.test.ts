// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { canHighlight } from '../../entrypoints/content/highlights/highlight-support';

// happy-dom, like Firefox before 140, has no CSS Custom Highlight API: a real document without it.
describe('canHighlight', () => {
  const g = globalThis as { Highlight?: unknown; CSS?: unknown };
  const saved = { Highlight: g.Highlight, CSS: g.CSS };
  afterEach(() => Object.assign(g, saved));

  it('is false in a document without the Highlight API', () => {
    expect(typeof g.Highlight).toBe('undefined');
    expect(canHighlight()).toBe(false);
  });

  it('is false when Highlight exists but the registry does not (a partial implementation)', () => {
    g.Highlight = class {};
    expect(canHighlight()).toBe(false);
  });
});
