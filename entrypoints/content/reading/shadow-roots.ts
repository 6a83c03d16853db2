/**
 * A closed shadow root. Pages close roots to keep their own scripts out, not readers; the browsers
 * give content scripts a way in: Chromium's chrome.dom.openOrClosedShadowRoot, Firefox's
 * element.openOrClosedShadowRoot (visible through the content script's Xray view of the page).
 * The walker asks only of custom elements (lib/reading/visible-text.ts says why).
 */
type ChromeDom = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;

export function closedShadowRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  try {
    return chromeDom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}
