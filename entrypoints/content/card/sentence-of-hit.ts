import { otherEndOf } from '../../../lib/cards/sentence-pair';
import type { PageHit } from '../highlights/mention-index';
import type { PageDetector } from '../reading/page-detector';

const BLOCK = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, div, section, article';
const SENTENCE_END = /[。！？；!?;\n]/;
/** A block's text longer than this is read only around the mention. */
const AROUND = 300;

/**
 * The other end of a transfer for a hovered place, when its sentence names both ("从九江转到广州"):
 * read once per card, from the block's text around the hit.
 */
export function otherEndAt(hit: PageHit, detector: PageDetector): string | undefined {
  const start = hit.range.startContainer;
  const block = (start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement)?.closest(BLOCK);
  if (!block) return undefined;
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(start, hit.range.startOffset);
  const upTo = before.toString();
  const head = upTo.slice(-AROUND);
  const tail = (block.textContent ?? '').slice(upTo.length, upTo.length + AROUND);
  const from = Math.max(...[...head].map((c, i) => (SENTENCE_END.test(c) ? i + 1 : 0)), 0);
  const end = tail.search(SENTENCE_END);
  const sentence = head.slice(from) + (end >= 0 ? tail.slice(0, end) : tail);
  const places = detector.scanRun([sentence]).filter((m) => m.kind === 'place');
  return otherEndOf(hit.mention.id, sentence, places);
}
