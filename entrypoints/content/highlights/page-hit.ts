import type { MentionKind, PageMention } from '../reading/page-detector';
import { isProseTag } from '../../../lib/reading/visible-text';
import type { MarkTone } from './highlight-styles';
import type { Segment } from '../reading/text-collector';

/**
 * A run of text (text-collector Run) that holds mentions: the unit kept in document order. Its
 * per-kind counts are plain fields (indexed by kind), not an object of their own: a 1 MB page
 * holds thousands of runs. Its hits are made when first asked for (the run comes near, a card or
 * a step looks at it): most of a long page's mentions are never near during its first reading.
 */
export class RunEntry implements Record<MentionKind, number> {
  place = 0;
  topic = 0;
  claim = 0;
  /** Its block was cleared; the entry leaves the document-order list at the next compaction. */
  dead = false;
  private made?: PageHit[];

  constructor(
    readonly record: OwnerRecord,
    /** Its mentions in text order, offsets from `base` in the text of `segments` (the first is where the run starts). */
    readonly mentions: readonly PageMention[],
    readonly segments: readonly Segment[],
    readonly base: number,
  ) {}

  /**
   * Where each mention lies in the run's nodes. Mentions come in text order: one pass over the
   * segments, tracking where each starts in the run's text (indexed loops: see text-collector.ts).
   */
  get hits(): PageHit[] {
    if (this.made) return this.made;
    const { mentions, segments, base } = this;
    const hits: PageHit[] = (this.made = []);
    const lastSeg = segments.length - 1;
    let seg = 0;
    let segStart = 0;
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i]!;
      const mStart = mention.start - base;
      const mEnd = mention.end - base;
      while (seg < lastSeg && segStart + segments[seg]!.to - segments[seg]!.from <= mStart) {
        segStart += segments[seg]!.to - segments[seg]!.from;
        seg++;
      }
      let endSeg = seg;
      let endStart = segStart;
      while (endSeg < lastSeg && endStart + segments[endSeg]!.to - segments[endSeg]!.from < mEnd) {
        endStart += segments[endSeg]!.to - segments[endSeg]!.from;
        endSeg++;
      }
      const a = segments[seg]!;
      const b = segments[endSeg]!;
      hits.push(new PageHit(mention, this, a.node, a.from + mStart - segStart, b.node, b.from + mEnd - endStart));
    }
    return hits;
  }
}

/** Everything found in one block (the unit rescanned when it changes). */
export interface OwnerRecord {
  readonly owner: Node;
  /** Its marks' palette, from the page's background there. */
  readonly tone: MarkTone;
  readonly entries: RunEntry[];
  /**
   * Its hits in document order, made when first asked for by a block of more than one run (one
   * run's are its entry's own) and kept while runs come in order; undefined when out of date.
   */
  hits: PageHit[] | undefined;
  /** False once a run was added before one already there: entries must be sorted first. */
  ordered: boolean;
  /** Near the view (near-view.ts): its mentions get highlights. */
  near: boolean;
  /** Of a block with many mentions, only those near the view are shown: these (none until it is banded). */
  shown: Set<PageHit> | undefined;
}

/**
 * One mention found in the page and where it sits. Its StaticRange is made only when asked for
 * (shown, hovered, jumped to): a 3 MB page holds 74 000 mentions, most of them far from the view.
 */
export class PageHit {
  /** Registered in its kind's highlight. */
  shown = false;
  private cached?: StaticRange;

  constructor(
    readonly mention: PageMention,
    readonly run: RunEntry,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
  ) {}

  get range(): StaticRange {
    return (this.cached ??= new StaticRange({
      startContainer: this.startNode,
      startOffset: this.startOffset,
      endContainer: this.endNode,
      endOffset: this.endOffset,
    }));
  }

  /** Drops the range once no highlight holds it; the next read makes a new one. */
  release(): void {
    this.cached = undefined;
  }

  /**
   * Whether the mention covers `offset` in `node` (both ends included: a caret at a word's edge
   * counts). Hit-testing asks this of a block's mentions instead of keeping a map of text nodes.
   */
  covers(node: Text, offset: number): boolean {
    const { startNode, endNode } = this;
    if (node === startNode) return offset >= this.startOffset && (node !== endNode || offset <= this.endOffset);
    if (node === endNode) return offset <= this.endOffset;
    // A node inside a mention split over inline elements (广<b>州</b>市): rare, so the DOM is asked.
    // Text the reader skips (a ruby annotation between 兰 and 州) lies between the ends but is no part of it.
    if (startNode === endNode) return false;
    if ((startNode.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) === 0) return false;
    if ((node.compareDocumentPosition(endNode) & Node.DOCUMENT_POSITION_FOLLOWING) === 0) return false;
    const owner = this.run.record.owner;
    for (let el = node.parentElement; el && el !== owner; el = el.parentElement) if (!isProseTag(el.nodeName)) return false;
    return true;
  }

  /** Its box now, from a live range (a layout read); undefined when the text changed under it. */
  rect(): DOMRect | undefined {
    try {
      const live = this.startNode.ownerDocument.createRange();
      live.setStart(this.startNode, this.startOffset);
      live.setEnd(this.endNode, this.endOffset);
      return live.getBoundingClientRect();
    } catch {
      return undefined;
    }
  }
}
