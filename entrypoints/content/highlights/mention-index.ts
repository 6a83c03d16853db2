import type { MentionKind, PageMention } from '../reading/page-detector';
import { ownerOf, type Run } from '../reading/text-collector';
import { HighlightRegistry } from './highlight-registry';
import type { MarkTone } from './highlight-styles';
import { MentionCounts } from './mention-counts';
import { compareEntries, MentionOrder } from './mention-order';
import { inBand, isNearNow, NearView } from './near-view';
import { PageHit, RunEntry, type OwnerRecord } from './page-hit';

export { PageHit } from './page-hit';

/**
 * Above this many mentions a block (one 3 MB text node, a long list) shows only those in the near
 * band, found by binary search over their boxes, and follows the reader's scrolling.
 */
const BAND_FROM = 64;

/**
 * A page with up to this many mentions has all of them shown (an update of 1 000 ranges costs
 * Chromium ~6 ms in the frame): marks never have to catch up with scrolling there. That is known
 * once the page is read (pageRead): before, a far bigger page would show all read so far.
 */
const SHOW_ALL_UP_TO = 1000;

/**
 * Every mention found in the page, grouped by the block that owns it (a changed block is cleared
 * and rescanned alone; hit-testing under the pointer looks in the text node's block) and in
 * document order (stepping, jump-to). Only mentions near the view have ranges in the page's highlights.
 */
export class MentionIndex {
  private readonly byOwner = new Map<Node, OwnerRecord>();
  private readonly order = new MentionOrder();
  private readonly registry = new HighlightRegistry();
  private readonly counts = new MentionCounts();
  private readonly near: NearView<OwnerRecord>;
  /** Near blocks shown by band, and those whose band must be found again before the next commit. */
  private readonly banded = new Set<OwnerRecord>();
  private readonly bandsDue = new Set<OwnerRecord>();
  private hitCount = 0;
  /** From the end of the first reading while the page holds no more than SHOW_ALL_UP_TO mentions. */
  private everything = false;
  private read = false;
  /** Bumped on every change so observers (summary, keyboard stepping) can tell cheaply. */
  version = 0;

  constructor(
    /** Which palette a block's marks take, from the page's background there. */
    private readonly toneOf: (owner: Node) => MarkTone = () => 'light',
    doc: Document = document,
    /** Called when scrolling or a block coming near left changes for commit(). */
    private readonly onDirty: () => void = () => {},
  ) {
    this.near = new NearView<OwnerRecord>(doc, {
      targetOf: (el) => this.byOwner.get(el),
      changed: (record) => this.showRecord(record),
      // One commit per observer callback, not one per block that came near or went far.
      settled: () => this.onDirty(),
      moved: () => {
        for (const record of this.banded) this.bandsDue.add(record);
        if (this.bandsDue.size) this.onDirty();
      },
    });
  }

  /** The first reading of the page is over: a small page (SHOW_ALL_UP_TO) shows all from now on. */
  pageRead(): void {
    if (this.read) return;
    this.read = true;
    if (this.hitCount > SHOW_ALL_UP_TO) return;
    this.everything = true;
    for (const r of this.byOwner.values()) this.showRecord(r);
    this.onDirty();
  }

  /** Registers our highlights for the kinds the user wants; removes the others from the page. */
  showKinds(kinds: ReadonlySet<MentionKind>): void {
    this.registry.showKinds(kinds);
  }

  hideAll(): void {
    this.showKinds(new Set());
  }

  disconnect(): void {
    this.near.disconnect();
  }

  /**
   * `base`: where the run's text starts in the text the mentions' offsets refer to. `near`: whether
   * the caller just saw the block near the view (undefined: look now, one layout read per block).
   * `after`: the entry of the run read just before this one by the same walk, if any (document
   * order without asking the DOM). Returns the run's entry, to be passed as `after` for the next.
   */
  add(run: Run, mentions: readonly PageMention[], base = 0, near?: boolean, after?: RunEntry): RunEntry | undefined {
    if (mentions.length === 0) return undefined;
    const record = this.recordFor(run.owner, near);
    const entry = new RunEntry(record, mentions, run.segments, base);
    this.order.insert(entry, after);
    const last = record.entries[record.entries.length - 1];
    record.entries.push(entry);
    if (last && last !== after && compareEntries(last, entry) > 0) {
      record.ordered = false;
      record.hits = undefined;
    }
    // Indexed loop: see text-collector.ts.
    for (let i = 0; i < mentions.length; i++) {
      entry[mentions[i]!.kind]++;
      this.counts.add(mentions[i]!);
    }
    if (record.hits && last) record.hits.push(...entry.hits);
    this.hitCount += mentions.length;
    if (this.everything && this.hitCount > SHOW_ALL_UP_TO) {
      // From now on only what is near the view: far blocks' marks go.
      this.everything = false;
      for (const r of this.byOwner.values()) this.showRecord(r);
    } else if (this.everything || (record.near && !this.banded.has(record) && this.hitsOf(record).length <= BAND_FROM)) {
      for (const hit of entry.hits) this.registry.show(hit);
    } else if (record.near) {
      this.showRecord(record);
    }
    this.changed();
    return entry;
  }

  private recordFor(owner: Node, near: boolean | undefined): OwnerRecord {
    let record = this.byOwner.get(owner);
    if (record) return record;
    const el = owner.nodeType === Node.ELEMENT_NODE ? (owner as Element) : undefined;
    record = {
      owner,
      tone: this.toneOf(owner),
      entries: [],
      hits: undefined,
      ordered: true,
      // A document or shadow root as block: always near, its band decides.
      near: el ? (near ?? isNearNow(el)) : true,
      shown: undefined,
    };
    this.byOwner.set(owner, record);
    if (el) this.near.watch(el);
    return record;
  }

  private hitsOf(record: OwnerRecord): PageHit[] {
    const { entries } = record;
    if (entries.length === 1) return entries[0]!.hits;
    if (!record.hits) {
      if (!record.ordered) entries.sort(compareEntries);
      record.ordered = true;
      record.hits = entries.flatMap((e) => e.hits);
    }
    return record.hits;
  }

  /** Shows or hides a block's mentions after it came near or went far, or grew. */
  private showRecord(record: OwnerRecord): void {
    const hits = this.hitsOf(record);
    if (this.everything) {
      for (const hit of hits) this.registry.show(hit);
    } else if (!record.near) {
      for (const hit of hits) this.registry.hide(hit);
      record.shown = undefined;
      this.banded.delete(record);
      this.bandsDue.delete(record);
    } else if (hits.length > BAND_FROM) {
      this.banded.add(record);
      this.bandsDue.add(record);
    } else {
      for (const hit of hits) this.registry.show(hit);
    }
  }

  /** A banded block's mentions whose boxes lie in the near band now. */
  private refreshBand(record: OwnerRecord): void {
    const next = new Set(inBand(this.hitsOf(record)));
    if (record.shown) for (const hit of record.shown) if (!next.has(hit)) this.registry.hide(hit);
    for (const hit of next) this.registry.show(hit);
    record.shown = next;
  }

  /** Puts one mention in the page's highlights now (a jump's target, before it is scrolled to). */
  reveal(hit: PageHit): void {
    this.registry.show(hit);
    (hit.run.record.shown ??= new Set()).add(hit);
    this.commit();
  }

  clearOwner(owner: Node): void {
    const record = this.byOwner.get(owner);
    if (!record) return;
    this.byOwner.delete(owner);
    if (owner.nodeType === Node.ELEMENT_NODE) this.near.unwatch(owner as Element);
    this.banded.delete(record);
    this.bandsDue.delete(record);
    for (const entry of record.entries) {
      for (const hit of entry.hits) {
        this.registry.hide(hit);
        this.counts.remove(hit.mention);
      }
      this.hitCount -= entry.hits.length;
      this.order.remove(entry);
    }
    this.changed();
  }

  /** Drops records whose block left the document; returns how many. */
  sweepDetached(): number {
    let swept = 0;
    // A Map's iterator skips what is deleted on the way: no copy of the keys needed.
    for (const owner of this.byOwner.keys()) {
      if (!owner.isConnected) {
        this.clearOwner(owner);
        swept++;
      }
    }
    return swept;
  }

  clear(): void {
    for (const owner of this.byOwner.keys()) this.clearOwner(owner);
    this.order.clear();
  }

  /** Whether changes wait for commit(). */
  get dirty(): boolean {
    return this.bandsDue.size > 0 || this.registry.dirty;
  }

  /** Applies waiting changes to the page's highlights for about `budgetMs`; true when none are left. */
  commit(budgetMs = Infinity): boolean {
    for (const record of this.bandsDue) this.refreshBand(record);
    this.bandsDue.clear();
    return this.registry.commit(budgetMs);
  }

  /**
   * The mentions covering `offset` in `node`: those of the block that owns the node (no map of text
   * nodes is kept; a block holds a handful of mentions, one 3 MB text node a few tens of thousands
   * of cheap comparisons).
   */
  hitsAt(node: Text, offset: number): PageHit[] {
    const record = this.byOwner.get(ownerOf(node));
    const out: PageHit[] = [];
    if (record) for (const entry of record.entries) for (const hit of entry.hits) if (hit.covers(node, offset)) out.push(hit);
    return out;
  }

  summary(): { mention: PageMention; count: number }[] {
    return this.counts.summary();
  }

  /** Mentions found (the whole page, shown or not). */
  get size(): number {
    return this.hitCount;
  }

  /** How many mentions of these kinds the page holds. */
  total(kinds: ReadonlySet<MentionKind>): number {
    return this.counts.total(kinds);
  }

  /** Every hit in document order (jump-to), without sorting: runs are kept in order as found. */
  inOrder(): PageHit[] {
    return this.order.all();
  }

  step(from: PageHit | undefined, delta: 1 | -1, kinds: ReadonlySet<MentionKind>): PageHit | undefined {
    return this.order.step(from, delta, kinds);
  }

  position(hit: PageHit, kinds: ReadonlySet<MentionKind>): number | undefined {
    return this.order.position(hit, kinds);
  }

  /** The first shown hit (in document order) that `accept` takes. */
  firstShown(accept: (hit: PageHit) => boolean): PageHit | undefined {
    return this.order.find((h) => h.shown && accept(h));
  }

  private changed(): void {
    this.version++;
  }
}
