import type { MentionKind, PageMention } from '../reading/page-detector';
import type { Run } from '../reading/text-collector';
import { HIGHLIGHT_NAMES, MARK_TONES, highlightName, type MarkTone } from './highlight-styles';

/** Highlight changes applied between two looks at the clock. */
const COMMIT_CHECK_EVERY = 64;

/** One highlighted mention in the page: its detection result and where it sits. */
export interface PageHit {
  mention: PageMention;
  range: StaticRange;
  /** Shadow root or document the range lives in (for hit-testing inside shadow trees). */
  scope: Node;
}

interface NodeHit {
  hit: PageHit;
  from: number;
  to: number;
}

/**
 * Everything we highlighted, grouped by the block that owns it so a changed block can be cleared
 * and rescanned alone, and indexed by text node for hit-testing under the pointer.
 */
export class MentionIndex {
  /** scope: the owner's root node, asked once per block rather than once per run; tone: its marks' palette. */
  private readonly byOwner = new Map<Node, { hits: PageHit[]; nodes: Text[]; scope: Node; tone: MarkTone }>();
  // A Map, not a WeakMap: weak keys for thousands of text nodes slow every garbage collection, and
  // entries are dropped with their block (clearOwner, sweepDetached) anyway.
  private readonly byNode = new Map<Text, NodeHit[]>();
  /** One highlight per kind and palette, by registry name (highlight-styles.ts). */
  private readonly highlights = new Map<string, { kind: MentionKind; highlight: Highlight }>();
  /*
   * Changes wait here until commit(): Chromium revalidates every range of every highlight on each
   * frame in which a highlight changed (~4 µs a range), so on a page with 20 000 ranges per-frame
   * updates would mean a long task per frame. Hit-testing reads byNode and sees changes at once.
   */
  private readonly pendingAdd = new Map<string, Set<StaticRange>>();
  private readonly pendingDelete = new Map<string, Set<StaticRange>>();
  /** Mentions per kind and id: nested maps, so no key string is built per mention. */
  private readonly counts = new Map<MentionKind, Map<string, { mention: PageMention; count: number }>>();
  private ordered: PageHit[] | undefined;
  /** Bumped on every change so observers (summary, keyboard stepping) can tell cheaply. */
  version = 0;

  /** `toneOf`: which palette a block's marks take, from the page's background there. */
  constructor(private readonly toneOf: (owner: Node) => MarkTone = () => 'light') {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as MentionKind[]) {
      for (const tone of MARK_TONES) {
        const name = highlightName(kind, tone);
        this.highlights.set(name, { kind, highlight: new Highlight() });
        this.pendingAdd.set(name, new Set());
        this.pendingDelete.set(name, new Set());
      }
      this.counts.set(kind, new Map());
    }
  }

  /** Registers our highlights for the kinds the user wants; removes the others from the page. */
  showKinds(kinds: ReadonlySet<MentionKind>): void {
    for (const [name, { kind, highlight }] of this.highlights) {
      if (kinds.has(kind)) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.get(name) === highlight) {
        CSS.highlights.delete(name);
      }
    }
  }

  hideAll(): void {
    this.showKinds(new Set());
  }

  /** `base`: where the run's text starts in the text the mentions' offsets refer to. */
  add(run: Run, mentions: readonly PageMention[], base = 0): void {
    if (mentions.length === 0) return;
    let record = this.byOwner.get(run.owner);
    if (!record) this.byOwner.set(run.owner, (record = { hits: [], nodes: [], scope: run.owner.getRootNode(), tone: this.toneOf(run.owner) }));
    const { scope, tone } = record;
    // Segment i covers [starts[i], starts[i] + length) of the joined run text.
    const starts: number[] = [];
    let offset = 0;
    for (const s of run.segments) {
      starts.push(offset);
      offset += s.to - s.from;
    }
    let seg = 0;
    for (const mention of mentions) {
      const mStart = mention.start - base;
      const mEnd = mention.end - base;
      while (seg < run.segments.length - 1 && starts[seg + 1]! <= mStart) seg++;
      let endSeg = seg;
      while (endSeg < run.segments.length - 1 && starts[endSeg + 1]! < mEnd) endSeg++;
      const first = run.segments[seg]!;
      const last = run.segments[endSeg]!;
      const range = new StaticRange({
        startContainer: first.node,
        startOffset: first.from + mStart - starts[seg]!,
        endContainer: last.node,
        endOffset: last.from + mEnd - starts[endSeg]!,
      });
      const hit: PageHit = { mention, range, scope };
      record.hits.push(hit);
      this.pendingAdd.get(highlightName(mention.kind, tone))!.add(range);
      for (let i = seg; i <= endSeg; i++) {
        const s = run.segments[i]!;
        const from = i === seg ? range.startOffset : s.from;
        const to = i === endSeg ? range.endOffset : s.to;
        let list = this.byNode.get(s.node);
        if (!list) {
          this.byNode.set(s.node, (list = []));
          record.nodes.push(s.node);
        }
        list.push({ hit, from, to });
      }
      const ofKind = this.counts.get(mention.kind)!;
      const entry = ofKind.get(mention.id);
      if (entry) entry.count++;
      else ofKind.set(mention.id, { mention, count: 1 });
    }
    this.changed();
  }

  clearOwner(owner: Node): void {
    const record = this.byOwner.get(owner);
    if (!record) return;
    this.byOwner.delete(owner);
    for (const hit of record.hits) {
      const name = highlightName(hit.mention.kind, record.tone);
      if (!this.pendingAdd.get(name)!.delete(hit.range)) this.pendingDelete.get(name)!.add(hit.range);
      const ofKind = this.counts.get(hit.mention.kind)!;
      const entry = ofKind.get(hit.mention.id);
      if (entry && --entry.count === 0) ofKind.delete(hit.mention.id);
    }
    for (const node of record.nodes) this.byNode.delete(node);
    this.changed();
  }

  /** Drops records whose block left the document; returns how many. */
  sweepDetached(): number {
    let swept = 0;
    for (const owner of [...this.byOwner.keys()]) {
      if (!owner.isConnected) {
        this.clearOwner(owner);
        swept++;
      }
    }
    return swept;
  }

  clear(): void {
    for (const owner of [...this.byOwner.keys()]) this.clearOwner(owner);
  }

  /** Whether changes wait for commit(). */
  get dirty(): boolean {
    for (const set of this.pendingAdd.values()) if (set.size) return true;
    for (const set of this.pendingDelete.values()) if (set.size) return true;
    return false;
  }

  /**
   * Applies waiting changes to the page's highlights for about `budgetMs`; true when none are
   * left. Firefox spends ~10 µs on each Highlight.add, so 13 000 ranges at once would be a task
   * of over 100 ms there.
   */
  commit(budgetMs = Infinity): boolean {
    const start = performance.now();
    let ops = 0;
    const spent = () => ++ops % COMMIT_CHECK_EVERY === 0 && performance.now() - start >= budgetMs;
    for (const [name, { highlight }] of this.highlights) {
      const deletes = this.pendingDelete.get(name)!;
      for (const r of deletes) {
        highlight.delete(r);
        deletes.delete(r);
        if (spent()) return false;
      }
      const adds = this.pendingAdd.get(name)!;
      for (const r of adds) {
        highlight.add(r);
        adds.delete(r);
        if (spent()) return false;
      }
    }
    return true;
  }

  hitsAt(node: Text, offset: number): PageHit[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    return list.filter((n) => n.from <= offset && offset <= n.to).map((n) => n.hit);
  }

  summary(): { mention: PageMention; count: number }[] {
    const out: { mention: PageMention; count: number }[] = [];
    for (const ofKind of this.counts.values()) out.push(...ofKind.values());
    return out;
  }

  get size(): number {
    let n = 0;
    for (const r of this.byOwner.values()) n += r.hits.length;
    return n;
  }

  /** Every hit in document order; computed on demand (keyboard stepping, jump-to) and cached. */
  inOrder(): PageHit[] {
    if (this.ordered) return this.ordered;
    const all: PageHit[] = [];
    for (const r of this.byOwner.values()) all.push(...r.hits);
    all.sort((a, b) => compareRanges(a.range, b.range));
    return (this.ordered = all);
  }

  private changed(): void {
    this.version++;
    this.ordered = undefined;
  }
}

function compareRanges(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const pos = a.startContainer.compareDocumentPosition(b.startContainer);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
