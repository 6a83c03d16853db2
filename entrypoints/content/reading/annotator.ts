import type { MentionKind, PageDetector, PageMention } from './page-detector';
import { collectRuns, isInline, ownerOf, joinRuns, runLength, type CollectHooks, type Run } from './text-collector';
import { MentionIndex } from '../highlights/mention-index';
import type { RunEntry } from '../highlights/page-hit';
import { markToneAt } from '../highlights/page-tone';
import { HighlightSheet } from '../highlights/highlight-sheet';
import { Scheduler, type Job } from './scheduler';
import { MutationBatcher } from './mutation-batcher';
import { HiddenBlocks } from './hidden-blocks';
import { closedShadowRootOf } from './shadow-roots';
import { SLICE_BUDGET_MS } from '../../../lib/reading/time-slice';

export interface AnnotatorOptions {
  detector: PageDetector;
  isOwnUi(el: Element): boolean;
  kinds: ReadonlySet<MentionKind>;
  /** Called (at most once per batch of work) after highlights changed. */
  onChange?(): void;
  /** Which of a block's mentions are drawn (the noise budget); all of them when absent. */
  keep?(owner: Node, mentions: PageMention[]): PageMention[];
}

/**
 * Time a DOM change may take in the frame it lands in (the batcher flushes in an animation frame):
 * re-reading changed blocks and updating their marks before that frame paints.
 */
const CHANGE_FRAME_MS = 6;

/** Highlight updates done in the task that made them; more continue in slices of their own. */
const COMMIT_NOW_MS = 3;

/** Consecutive runs found below the view after which the walk stops measuring. */
const FAR_STREAK = 200;

/** Characters read per detector call; a few short runs or one long one. */
const BATCH_CHARS = 4096;

/** The entry of the last run a walk added to the index: the next one follows it in document order. */
interface WalkOrder {
  last: RunEntry | undefined;
}

/** How far outside the viewport still counts as "visible now" for the first pass. */
const VIEW_MARGIN = 400;

/**
 * Reads the page and keeps its highlights current: the visible part first, the rest when idle,
 * then only what DOM mutations touch. Owns no UI; the card and hit-testing read `index`.
 */
export class Annotator {
  readonly index = new MentionIndex(markToneAt, document, () => this.commitNow());
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly scheduler = new Scheduler();
  private readonly sheet = new HighlightSheet();
  private readonly epochs = new WeakMap<Node, number>();
  /** Blocks reset so far: while none was, every epoch is 0 and the map need not be asked. */
  private resets = 0;
  private readonly hidden = new HiddenBlocks((blocks) => this.rescan(blocks));
  private readonly batcher: MutationBatcher;
  private readonly hooks: CollectHooks;
  /** The first walk: nothing was read before it, so there is nothing to forget per block. */
  private readonly firstHooks: CollectHooks;
  private changeQueued = false;
  private committing = false;
  private stopped = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.hooks = {
      isOwnUi: options.isOwnUi,
      enterBlock: (el) => this.reset(el),
      closedShadowRootOf,
      shadowRoot: (root) => this.addShadowRoot(root),
      hidden: (el) => this.hidden.add(el),
    };
    // No per-block epochs here: a WeakMap keyed by every block of a huge page slows every GC.
    this.firstHooks = { ...this.hooks, enterBlock: undefined };
    this.batcher = new MutationBatcher({
      isOwnUi: options.isOwnUi,
      hidden: this.hidden,
      rescan: (roots) => this.rescan(roots),
      removed: () => this.index.sweepDetached() > 0 && this.notify(),
    });
  }

  /** The document's ::highlight rules come with the manifest (highlight-styles.ts says why). */
  start(doc: Document = document): void {
    this.index.showKinds(this.options.kinds);
    this.batcher.observe(doc);
    this.scheduler.addSoon(this.walk(doc, true));
  }

  setKinds(kinds: ReadonlySet<MentionKind>): void {
    this.options.kinds = kinds;
    this.index.showKinds(kinds);
  }

  get kinds(): ReadonlySet<MentionKind> {
    return this.options.kinds;
  }

  stop(): void {
    this.stopped = true;
    this.batcher.disconnect();
    this.hidden.clear();
    this.scheduler.stop();
    this.index.clear();
    this.index.hideAll();
    this.index.disconnect();
    this.sheet.removeAll();
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.sheet.adopt(root);
    this.batcher.observe(root);
  }

  /** Forget what a block held: its highlights go, and runs collected before now are stale. */
  private reset(owner: Node): void {
    this.resets++;
    this.epochs.set(owner, (this.epochs.get(owner) ?? 0) + 1);
    this.index.clearOwner(owner);
  }

  /**
   * Re-reads changed blocks in the animation frame the batcher flushes in, while CHANGE_FRAME_MS
   * lasts, so their marks follow the text before it paints; what is left goes to the "soon" lane.
   */
  private rescan(roots: Node[]): void {
    if (this.stopped) return;
    const start = performance.now();
    for (const root of roots) {
      if (root.nodeType !== Node.ELEMENT_NODE) this.reset(root);
      const job = this.walk(root, false);
      const left = CHANGE_FRAME_MS - (performance.now() - start);
      if (left <= 0 || job(left)) this.scheduler.addSoon(job);
    }
  }

  /**
   * A resumable walk over `root`; with `visibleFirst`, runs far off-screen wait for idle time.
   * Each slice reads layout (where runs are) for at most half its budget, then detects runs read
   * so far until the budget is spent; runs left over wait for the next slice, so a rescan of a
   * big subtree (every run near) cannot stretch one slice.
   */
  private walk(root: Node, visibleFirst: boolean): Job {
    const runs = collectRuns(root, visibleFirst ? this.firstHooks : this.hooks);
    // Runs left for idle time and their blocks' epochs, side by side (no object per run).
    const deferred: Run[] = [];
    const epochs: number[] = [];
    const near: Run[] = [];
    const order: WalkOrder = { last: undefined };
    let collected = false;
    let farStreak = 0;
    return (budget) => {
      const start = performance.now();
      while (!collected && performance.now() - start < budget / 2) {
        const next = runs.next();
        if (next.done) {
          collected = true;
          break;
        }
        const run = next.value;
        // Text comes in document order, which is mostly top to bottom: after a long stretch of
        // runs below the view, the rest is taken as below too and not measured (a mistake only
        // delays a run to idle time).
        const place = !visibleFirst ? undefined : farStreak >= FAR_STREAK ? 'far' : this.whereIs(run);
        farStreak = place === 'far' ? farStreak + 1 : 0;
        if (place === 'near' || place === undefined) near.push(run);
        else if (place === 'far') {
          deferred.push(run);
          epochs.push(this.epochOf(run.owner));
        }
      }
      let i = 0;
      while (i < near.length && (i === 0 || performance.now() - start < budget)) {
        const batch: Run[] = [];
        for (let chars = 0; i < near.length && chars < BATCH_CHARS; i++) {
          batch.push(near[i]!);
          chars += runLength(near[i]!);
        }
        // Runs measured near are shown at once; a rescan's blocks are measured by the index.
        this.processBatch(batch, visibleFirst ? true : undefined, order);
      }
      near.splice(0, i);
      const done = collected && near.length === 0;
      if (done) {
        if (deferred.length) this.scheduler.addIdle(this.processLater(deferred, epochs));
        else if (visibleFirst) this.index.pageRead();
        this.sheet.ensure();
      }
      this.notify();
      return !done;
    };
  }

  private epochOf(owner: Node): number {
    return this.resets === 0 ? 0 : (this.epochs.get(owner) ?? 0);
  }

  private processLater(items: Run[], epochs: number[]): Job {
    let i = 0;
    const order: WalkOrder = { last: undefined };
    return (budget) => {
      const start = performance.now();
      while (i < items.length && performance.now() - start < budget) {
        const batch: Run[] = [];
        let chars = 0;
        while (i < items.length && chars < BATCH_CHARS) {
          const run = items[i]!;
          // A block rescanned since (a DOM change) already holds fresh highlights.
          if (this.epochOf(run.owner) !== epochs[i++]) continue;
          batch.push(run);
          chars += runLength(run);
        }
        this.processBatch(batch, false, order);
      }
      if (i >= items.length) this.index.pageRead();
      this.notify();
      return i < items.length;
    };
  }

  private whereIs(run: Run): 'near' | 'far' | 'hidden' {
    const owner = run.owner;
    if (owner.nodeType !== Node.ELEMENT_NODE) return 'near';
    let rect = (owner as Element).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      // display:contents owners have no box of their own; ask the text itself.
      const first = run.segments[0]!;
      const range = document.createRange();
      range.setStart(first.node, first.from);
      range.setEnd(first.node, first.to);
      rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        this.hidden.add(owner as Element);
        return 'hidden';
      }
    }
    const view = window.innerHeight;
    return rect.bottom >= -VIEW_MARGIN && rect.top <= view + VIEW_MARGIN ? 'near' : 'far';
  }

  /**
   * Detection per call has a fixed cost, so short runs (paragraphs, list items) are read together:
   * as paragraphs of one text joined by line breaks (the detector's paragraph ends), then split
   * back per run.
   */
  private processBatch(runs: readonly Run[], near: boolean | undefined, walk: WalkOrder): void {
    const { text, kept, ends } = joinRuns(runs);
    if (kept.length === 0) return;
    const mentions = this.options.detector.scanText(text);
    let m = 0;
    let base = 0;
    for (let r = 0; r < kept.length && m < mentions.length; r++) {
      const end = ends[r]!;
      const from = m;
      let inside = true;
      for (; m < mentions.length && mentions[m]!.start < end; m++) inside &&= mentions[m]!.start >= base && mentions[m]!.end <= end;
      if (m > from) {
        let mine = mentions.slice(from, m);
        if (!inside) mine = mine.filter((mention) => mention.start >= base && mention.end <= end);
        const shown = mine.length && this.options.keep ? this.options.keep(kept[r]!.owner, mine) : mine;
        if (shown.length) walk.last = this.index.add(kept[r]!, shown, base, near, walk.last) ?? walk.last;
      }
      base = end + 1;
    }
  }

  /**
   * Shows what changed: near the view only a few hundred ranges are registered, so every slice's
   * (and every frame's) changes go in at once, in the same task while they are few; a long list
   * (a block coming near with thousands of mentions) continues in "soon" slices ahead of reading.
   */
  commitNow(): void {
    if (this.committing || this.stopped || !this.index.dirty) return;
    if (this.index.commit(COMMIT_NOW_MS)) return;
    this.committing = true;
    this.scheduler.addFirst((budget) => {
      if (this.stopped || !this.index.commit(Math.max(budget, SLICE_BUDGET_MS))) return !this.stopped;
      this.committing = false;
      return false;
    });
  }

  private notify(): void {
    this.commitNow();
    if (this.changeQueued || !this.options.onChange) return;
    this.changeQueued = true;
    queueMicrotask(() => {
      this.changeQueued = false;
      if (!this.stopped) this.options.onChange?.();
    });
  }
}

export { isInline, ownerOf };
