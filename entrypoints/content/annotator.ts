import type { MentionKind, PageDetector } from './page-detector';
import { collectRuns, isInline, ownerOf, type CollectHooks, type Run } from './text-collector';
import { MentionIndex } from './mention-index';
import { HighlightSheet } from './highlight-sheet';
import { Scheduler, type Job } from './scheduler';
import { MutationBatcher } from './mutation-batcher';

export interface AnnotatorOptions {
  detector: PageDetector;
  isOwnUi(el: Element): boolean;
  kinds: ReadonlySet<MentionKind>;
  /** Called (at most once per batch of work) after highlights changed. */
  onChange?(): void;
}

/** How far outside the viewport still counts as "visible now" for the first pass. */
const VIEW_MARGIN = 400;

/**
 * Reads the page and keeps its highlights current: the visible part first, the rest when idle,
 * then only what DOM mutations touch. Owns no UI; the card and hit-testing read `index`.
 */
export class Annotator {
  readonly index = new MentionIndex();
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly scheduler = new Scheduler();
  private readonly sheet = new HighlightSheet();
  private readonly epochs = new WeakMap<Node, number>();
  private readonly hidden = new Set<Element>();
  private readonly batcher: MutationBatcher;
  private readonly hooks: CollectHooks;
  private changeQueued = false;
  private stopped = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.hooks = {
      isOwnUi: options.isOwnUi,
      enterBlock: (el) => this.reset(el),
      shadowRoot: (root) => this.addShadowRoot(root),
      hidden: (el) => this.hidden.add(el),
    };
    this.batcher = new MutationBatcher({
      isOwnUi: options.isOwnUi,
      hidden: this.hidden,
      rescan: (roots) => this.rescan(roots),
      removed: () => this.index.sweepDetached() > 0 && this.notify(),
    });
  }

  start(doc: Document = document): void {
    this.sheet.adopt(doc);
    this.index.showKinds(this.options.kinds);
    this.batcher.observe(doc);
    this.reset(doc);
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
    this.scheduler.stop();
    this.index.clear();
    this.index.hideAll();
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
    this.epochs.set(owner, (this.epochs.get(owner) ?? 0) + 1);
    this.index.clearOwner(owner);
  }

  private rescan(roots: Node[]): void {
    if (this.stopped) return;
    for (const root of roots) {
      if (root.nodeType !== Node.ELEMENT_NODE) this.reset(root);
      this.scheduler.addSoon(this.walk(root, false));
    }
  }

  /** A resumable walk over `root`; with `visibleFirst`, runs far off-screen wait for idle time. */
  private walk(root: Node, visibleFirst: boolean): Job {
    const runs = collectRuns(root, this.hooks);
    const deferred: { run: Run; epoch: number }[] = [];
    return (budget) => {
      const start = performance.now();
      while (performance.now() - start < budget) {
        const next = runs.next();
        if (next.done) {
          if (deferred.length) this.scheduler.addIdle(this.processLater(deferred));
          this.sheet.ensure();
          this.notify();
          return false;
        }
        const run = next.value;
        const place = visibleFirst ? this.whereIs(run) : 'near';
        if (place === 'near') this.process(run);
        else if (place === 'far') deferred.push({ run, epoch: this.epochs.get(run.owner) ?? 0 });
      }
      this.notify();
      return true;
    };
  }

  private processLater(items: { run: Run; epoch: number }[]): Job {
    let i = 0;
    return (budget) => {
      const start = performance.now();
      while (i < items.length && performance.now() - start < budget) {
        const { run, epoch } = items[i++]!;
        // A block rescanned since (a DOM change) already holds fresh highlights.
        if ((this.epochs.get(run.owner) ?? 0) === epoch) this.process(run);
      }
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

  private process(run: Run): void {
    const pieces: string[] = [];
    for (const s of run.segments) {
      // The text may have changed since collection; its own mutation will rescan it.
      if (s.node.data.length < s.to) return;
      pieces.push(s.from === 0 && s.to === s.node.data.length ? s.node.data : s.node.data.slice(s.from, s.to));
    }
    const mentions = this.options.detector.scanRun(pieces);
    this.index.add(run, mentions);
  }

  private notify(): void {
    if (this.changeQueued || !this.options.onChange) return;
    this.changeQueued = true;
    queueMicrotask(() => {
      this.changeQueued = false;
      if (!this.stopped) this.options.onChange?.();
    });
  }
}

export { isInline, ownerOf };
