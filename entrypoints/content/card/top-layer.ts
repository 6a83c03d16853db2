/**
 * The browser's top layer (modal dialogs, open popovers, the fullscreen element) is drawn above every
 * z-index, and a modal dialog makes the rest of the page inert. A card for a word in such a layer must
 * live in it: its host moves into the layer element (so it is not inert and a click on it is "inside"
 * for the page's light-dismiss popovers) and is shown as a manual popover of its own (so it is drawn
 * above that layer, which was put there before it).
 */

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a browser without :modal or :popover-open has no such layer either
  }
}

/** The nearest top-layer element holding `node` (across shadow roots), or undefined. */
export function topLayerOf(node: Node): Element | undefined {
  const fullscreen = node.ownerDocument?.fullscreenElement ?? null;
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const el = n as Element;
    if (el === fullscreen || matches(el, ':modal') || matches(el, ':popover-open')) return el;
  }
  return undefined;
}

/** Puts `host` into `layer` and above it; with no layer, back at the end of <html> as a plain element. */
export function placeHost(host: HTMLElement, layer: Element | undefined): void {
  const doc = host.ownerDocument;
  const parent = layer ?? doc.fullscreenElement ?? doc.documentElement;
  // Moving an open popover closes it; it is shown again below.
  if (host.parentNode !== parent) parent.appendChild(host);
  if (!layer) {
    if (host.hasAttribute('popover')) {
      if (matches(host, ':popover-open')) host.hidePopover();
      host.removeAttribute('popover');
    }
    return;
  }
  if (typeof host.showPopover !== 'function') return;
  if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
  // Shown anew each time: the latest shown is drawn on top, and a layer may have opened since.
  if (matches(host, ':popover-open')) host.hidePopover();
  host.showPopover();
}
