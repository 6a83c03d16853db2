import type { MentionKind, PageMention } from '../reading/page-detector';
import type { MarkTone } from './highlight-styles';

/** A run of text (text-collector Run) that holds mentions: the unit kept in document order. */
export interface RunEntry {
  readonly record: OwnerRecord;
  /** Where the run starts: its first text node and offset there. */
  readonly node: Text;
  readonly offset: number;
  readonly hits: PageHit[];
  readonly kindCount: Record<MentionKind, number>;
  /** Its block was cleared; the entry leaves the document-order list at the next compaction. */
  dead: boolean;
}

/** Everything found in one block (the unit rescanned when it changes). */
export interface OwnerRecord {
  readonly owner: Node;
  /** Shadow root or document the block lives in (for hit-testing inside shadow trees). */
  readonly scope: Node;
  /** Its marks' palette, from the page's background there. */
  readonly tone: MarkTone;
  readonly entries: RunEntry[];
  /** Its hits in document order once `ordered` (entries appended out of order set it false). */
  hits: PageHit[];
  ordered: boolean;
  readonly nodes: Text[];
  /** Near the view (near-view.ts): its mentions get highlights. */
  near: boolean;
  /** Of a block with many mentions, only those near the view are shown: these. */
  shown: Set<PageHit>;
}

/**
 * One mention found in the page and where it sits. Its StaticRange is made only when asked for
 * (shown, hovered, jumped to): a 3 MB page holds 74 000 mentions, most of them far from the view.
 */
export class PageHit {
  /** Registered in its kind's highlight. */
  shown = false;
  private cached: StaticRange | undefined;

  constructor(
    readonly mention: PageMention,
    readonly run: RunEntry,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
  ) {}

  get scope(): Node {
    return this.run.record.scope;
  }

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
