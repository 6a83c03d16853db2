import type { Box } from '../../../lib/cards/card-placement';

/**
 * The parts of a word's boxes a user can see: inside the window and inside every scroll box (any
 * ancestor whose overflow is not visible) around it. A word scrolled out of its box still has boxes,
 * so the card would follow it over unrelated text; clipped, it has none.
 */
export function visibleBoxes(boxes: readonly Box[], node: Node): Box[] {
  const view = node.ownerDocument?.defaultView;
  if (!view) return [];
  let clip: Box = { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
  for (let n: Node | null = node.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const el = n as Element;
    if (el === node.ownerDocument!.documentElement || el === node.ownerDocument!.body) break;
    const style = view.getComputedStyle(el);
    if (style.position === 'fixed') break;
    // Inline boxes and display: contents clip nothing, whatever their overflow says.
    if ((style.overflowX === 'visible' && style.overflowY === 'visible') || style.display === 'inline' || style.display === 'contents') continue;
    const r = el.getBoundingClientRect();
    // The padding box: borders and scroll bars do not show content.
    const left = r.left + el.clientLeft;
    const top = r.top + el.clientTop;
    clip = intersect(clip, { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight }) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  }
  const out: Box[] = [];
  for (const b of boxes) {
    const seen = intersect(b, clip);
    if (seen) out.push(seen);
  }
  return out;
}

function intersect(a: Box, b: Box): Box | undefined {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : undefined;
}
