import { blend, luminance, parseColor, toneOf, type Rgba } from '../../../lib/cards/contrast';
import { markToneFor, type MarkTone } from './highlight-styles';

/**
 * What the page is painted with where `node` sits: its own computed backgrounds from the node up
 * (tints blended over what is under them), not the system setting. Undefined when no ancestor sets a
 * background: the canvas is then the browser's default.
 */
export function pageBackgroundAt(node: Node): Rgba | undefined {
  const view = node.ownerDocument?.defaultView;
  if (!view) return undefined;
  const layers: Rgba[] = [];
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const color = parseColor(view.getComputedStyle(n as Element).backgroundColor);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  if (layers.length === 0) return undefined;
  let under: Rgba = layers[layers.length - 1]!.a >= 1 ? layers.pop()! : { r: 255, g: 255, b: 255, a: 1 };
  while (layers.length) under = blend(layers.pop()!, under);
  return under;
}

/** The card's theme for a word on this page, or undefined when the page sets no background. */
export function pageToneAt(node: Node): 'light' | 'dark' | undefined {
  const bg = pageBackgroundAt(node);
  return bg ? toneOf(bg) : undefined;
}

// Blocks come in document order, mostly siblings: one look per parent, not one climb per block.
let lastParent: Node | null = null;
let lastTone: MarkTone = 'light';

/** The mark palette for a block (highlight-styles.ts): from its own background, else its parent's. */
export function markToneAt(owner: Node): MarkTone {
  if (owner.nodeType !== Node.ELEMENT_NODE) return markToneFor(luminance(pageBackgroundAt(owner) ?? WHITE));
  // A plain block (no class, id or style) under the parent just looked at takes its tone: a style
  // lookup per block is most of this function's cost on long pages.
  const parent = owner.parentNode;
  if (parent === lastParent && parent?.isConnected && !(owner as Element).hasAttributes()) return lastTone;
  const view = owner.ownerDocument?.defaultView;
  const own = view ? parseColor(view.getComputedStyle(owner as Element).backgroundColor) : undefined;
  if (own && own.a >= 1) return markToneFor(luminance(own));
  if (!own?.a && parent && parent === lastParent && parent.isConnected) return lastTone;
  const tone = markToneFor(luminance(pageBackgroundAt(owner) ?? WHITE));
  if (!own?.a) {
    lastParent = parent;
    lastTone = tone;
  }
  return tone;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
