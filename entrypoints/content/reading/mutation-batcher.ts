import { isInline, ownerOf } from './text-collector';

export interface BatcherOptions {
  isOwnUi(el: Element): boolean;
  /** Elements skipped as hidden; an attribute change around them may reveal them. */
  hidden: Set<Element>;
  rescan(roots: Node[]): void;
  removed(): void;
}

/**
 * Batches are flushed in the next animation frame, before it paints: text a framework re-renders
 * gets its marks in the frame it shows in, and a storm costs one re-read per block per frame.
 * Where frames do not come (a hidden frame, a background tab), a timer flushes instead.
 */
export const FALLBACK_MS = 100;
const REVEAL_ATTRIBUTES = ['hidden', 'style', 'class', 'open'];

/**
 * Turns DOM mutations into a minimal set of subtrees to rescan: the block around a text edit, each
 * added block, nothing for removed blocks (their records are swept). Never rescans the page.
 */
export class MutationBatcher {
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Node>();
  private readonly revealTargets = new Set<Node>();
  private removals = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(private readonly options: BatcherOptions) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  observe(target: Document | ShadowRoot): void {
    this.observer.observe(target, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: REVEAL_ATTRIBUTES,
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.dirty.clear();
  }

  private take(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        this.dirty.add(ownerOf(target));
      } else if (record.type === 'childList') {
        if (target.nodeType === Node.ELEMENT_NODE && this.options.isOwnUi(target as Element)) continue;
        let inlineChange = false;
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
            if (!this.options.isOwnUi(node as Element)) this.dirty.add(node);
          } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
            inlineChange = true;
          }
        }
        for (const node of record.removedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) this.removals = true;
          else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) inlineChange = true;
        }
        if (inlineChange) this.dirty.add(ownerOf(target));
        if (record.removedNodes.length) this.removals = true;
      } else if (this.options.hidden.size > 0) {
        this.revealTargets.add(target);
      }
    }
    if (this.timer === undefined && (this.dirty.size || this.removals || this.revealTargets.size)) {
      this.timer = setTimeout(() => this.flush(), FALLBACK_MS);
      this.frame = requestAnimationFrame(() => this.flush());
    }
  }

  private flush(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.timer = undefined;
    if (this.removals) {
      this.removals = false;
      this.options.removed();
    }
    const roots = new Set<Node>(this.dirty);
    this.dirty.clear();
    const revealTargets = [...this.revealTargets];
    this.revealTargets.clear();
    if (revealTargets.length) {
      for (const el of [...this.options.hidden]) {
        if (!el.isConnected) {
          this.options.hidden.delete(el);
          continue;
        }
        for (const t of revealTargets) {
          if (t === el || t.contains(el)) {
            this.options.hidden.delete(el);
            roots.add(el);
            break;
          }
        }
      }
    }
    const chosen = [...roots].filter((node) => node.isConnected && !hasAncestorIn(node, roots));
    if (chosen.length) this.options.rescan(chosen);
  }
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode ?? (node as ShadowRoot).host ?? null; p; p = p.parentNode ?? (p as ShadowRoot).host ?? null) {
    if (set.has(p)) return true;
  }
  return false;
}
