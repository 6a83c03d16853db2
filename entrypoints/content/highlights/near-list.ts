import { bandRange, meetsBand, type Box } from '../../../lib/reading/band-range';
import { firstIndex } from '../../../lib/reading/first-index';
import { comparePositions, insertionPoint } from './document-order';
import type { NearTarget } from './near-view';

const byDocument = (a: Element, b: Element): number => comparePositions(a, 0, b, 0);

/** An element whose own box, or whose ancestors' boxes, do not scroll with the document. */
function pinned(style: CSSStyleDeclaration): boolean {
  return style.position === 'fixed' || style.position === 'sticky';
}

/**
 * Blocks that scroll with the document, kept in document order, which for them is top to bottom:
 * which are near is found by binary search over their boxes when the reader scrolls (near-view.ts
 * says when). A block that breaks the order when it is added — in a scroll container or under a
 * transform, pinned, taller than the view, without a box, out of line with its neighbours (a
 * sidebar, a second column) — is refused and stays with the IntersectionObserver. What is
 * checked is how the page is laid out then: a block made sticky or put in a scroll container
 * later keeps its place here (a known gap; checking every member again would cost what the list
 * saves).
 */
export class NearList<T extends NearTarget> {
  private items: Element[] = [];
  private readonly members = new Set<Element>();
  /** Members now near, as last told to their targets. */
  private nearNow = new Set<Element>();
  /** Members removed while detached: their place can no longer be found by document order. */
  private stale = 0;
  /**
   * The tallest member when added. A block that grows later (fonts, wrapping) is still found while
   * visible unless it grows past about two views: the near band reaches a view beyond the screen.
   */
  private tallest = 0;
  /** Whether an element's descendants scroll with the document, by ancestor (blocks share them). */
  private readonly flows = new WeakMap<Element, boolean>();

  constructor(
    private readonly doc: Document,
    private readonly targetOf: (el: Element) => T | undefined,
  ) {}

  get size(): number {
    return this.members.size;
  }

  has(el: Element): boolean {
    return this.members.has(el);
  }

  /** Takes `el` (its target's `near` is the first guess) unless it would break the order; see above. */
  add(el: Element, view: number): boolean {
    const parent = parentOf(el);
    if (!parent || !this.contentFlows(parent) || pinned(getComputedStyle(el))) return false;
    const box = el.getBoundingClientRect();
    if (box.height <= 0 || box.height > view) return false;
    this.compact();
    const at = insertionPoint(this.items, el, byDocument);
    const before = this.items[at - 1]?.getBoundingClientRect();
    const after = this.items[at]?.getBoundingClientRect();
    // A pixel of slack: boxes on one line share a top up to rounding.
    if ((before && before.height > 0 && before.top > box.top + 1) || (after && after.height > 0 && after.top < box.top - 1)) return false;
    this.items.splice(at, 0, el);
    this.members.add(el);
    this.tallest = Math.max(this.tallest, box.height);
    if (this.targetOf(el)?.near) this.nearNow.add(el);
    return true;
  }

  remove(el: Element): void {
    if (!this.members.delete(el)) return;
    this.nearNow.delete(el);
    if (!el.isConnected) {
      this.stale++;
      return;
    }
    this.compact();
    const at = insertionPoint(this.items, el, byDocument) - 1;
    if (this.items[at] === el) this.items.splice(at, 1);
    else this.stale++;
  }

  /**
   * Tells each member whose nearness changed (`changed`), members inside `within` only when it
   * is given (the fullscreen element: nothing else is on screen). Returns whether any changed.
   */
  evaluate(band: Box, changed: (target: T) => void, within?: Element): boolean {
    this.compact();
    const { items } = this;
    let lo = 0;
    let hi = items.length;
    if (within) [lo, hi] = this.insideOf(within);
    const [from, to] = bandRange(hi - lo, (i) => items[lo + i]!.getBoundingClientRect(), band, this.tallest);
    const next = new Set<Element>();
    for (let i = lo + from; i < lo + to; i++) if (meetsBand(items[i]!.getBoundingClientRect(), band)) next.add(items[i]!);
    let any = false;
    const tell = (el: Element, near: boolean) => {
      const target = this.targetOf(el);
      if (!target || target.near === near) return;
      target.near = near;
      changed(target);
      any = true;
    };
    for (const el of this.nearNow) if (!next.has(el)) tell(el, false);
    for (const el of next) tell(el, true);
    this.nearNow = next;
    return any;
  }

  /** The members that are descendants of `root`: one stretch of the list, since it is in document order. */
  private insideOf(root: Element): [number, number] {
    const firstWhere = (test: (el: Element) => boolean): number => firstIndex(this.items.length, (i) => test(this.items[i]!));
    const from = firstWhere((el) => byDocument(el, root) >= 0);
    const to = firstWhere((el) => byDocument(el, root) > 0 && !root.contains(el));
    return [from, Math.max(from, to)];
  }

  private compact(): void {
    if (this.stale === 0) return;
    this.items = this.items.filter((el) => this.members.has(el));
    this.stale = 0;
  }

  /**
   * Whether boxes inside `el` move only with the document's own scrolling: no scroll container
   * (overflow other than visible), nothing pinned or transformed between them and the root. The
   * root and the body pass their overflow to the view, so they count as the document.
   */
  private contentFlows(el: Element): boolean {
    const known = this.flows.get(el);
    if (known !== undefined) return known;
    let flows: boolean;
    if (el === this.doc.documentElement || el === this.doc.body) flows = true;
    else {
      const style = getComputedStyle(el);
      const parent = parentOf(el);
      flows =
        !pinned(style) &&
        style.overflowY === 'visible' &&
        style.overflowX === 'visible' &&
        // A carousel or an animation moves transformed content with no scroll and no resize.
        style.transform === 'none' &&
        (style.translate ?? 'none') === 'none' &&
        parent !== undefined &&
        this.contentFlows(parent);
    }
    this.flows.set(el, flows);
    return flows;
  }
}

/** The parent element, through a shadow root to its host. */
function parentOf(el: Element): Element | undefined {
  const parent = el.parentNode;
  if (!parent) return undefined;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return parent instanceof ShadowRoot ? parent.host : undefined;
}
