import { blend, parseColor, toneOf, type Rgba } from '../../../lib/cards/contrast';

/**
 * Whether the page is light or dark where `node` sits: its own computed backgrounds from the node up
 * (tints blended over what is under them), not the system setting. Undefined when no ancestor sets a
 * background: the canvas is then the browser's default, which follows the page's color-scheme.
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

export function pageToneAt(node: Node): 'light' | 'dark' | undefined {
  const bg = pageBackgroundAt(node);
  return bg ? toneOf(bg) : undefined;
}
