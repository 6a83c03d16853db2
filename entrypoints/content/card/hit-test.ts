import type { Box } from '../../../lib/cards/card-placement';
import type { MentionIndex, PageHit } from '../highlights/mention-index';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): CaretPosition | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The text position under a point, looking into the open shadow roots we know about. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: Iterable<ShadowRoot>): Caret | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Live boxes of a highlighted range; empty when the text it pointed at has changed. */
export function boxesOf(hit: PageHit): Box[] {
  const { range } = hit;
  try {
    const live = range.startContainer.ownerDocument!.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return [...live.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  } catch {
    return [];
  }
}

/** Slack around glyph boxes, so the pointer on a glyph's edge still counts. */
const SLACK = 1;

/**
 * The highlighted mention under the pointer, if any. The caret only says which character is
 * nearest; the range's own boxes decide, so pointing at empty space beside a line finds nothing.
 */
export function hitAt(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: Iterable<ShadowRoot>,
  wanted: (hit: PageHit) => boolean,
): PageHit | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const hit of index.hitsAt(caret.node as Text, caret.offset)) {
    if (!wanted(hit)) continue;
    const inside = boxesOf(hit).some(
      (b) => x >= b.left - SLACK && x <= b.right + SLACK && y >= b.top - SLACK && y <= b.bottom + SLACK,
    );
    if (inside) return hit;
  }
  return undefined;
}
