/**
 * A shadow root, open or closed. Pages close roots to keep their own scripts out, not readers; the
 * browsers give content scripts a way in: Chromium's chrome.dom.openOrClosedShadowRoot, Firefox's
 * element.openOrClosedShadowRoot (visible through the content script's Xray view of the page).
 */
type ChromeDom = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;

// attachShadow() accepts these and custom elements (a name with a hyphen); no other element can host a root.
const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  if (!chromeDom?.openOrClosedShadowRoot || !(HOSTS.has(el.localName) || el.localName.includes('-'))) return null;
  try {
    return chromeDom.openOrClosedShadowRoot(el);
  } catch {
    return null;
  }
}
