/**
 * Which blocks are near what the reader sees: within one viewport above or below the visible part of
 * this frame's document, scroll containers and the fullscreen element included (an
 * IntersectionObserver with the document as root, so the margin applies in frames too). Only
 * mentions there get ranges and highlights: Chromium repaints the markers of every registered range
 * in each frame where a highlight changes, so a page with tens of thousands of them would pay that
 * on every update. Past OBSERVED_UP_TO blocks, those that scroll with the document are found by
 * binary search instead (near-list.ts): the observer's own cost grows with its targets in every
 * frame that scrolls.
 */
import { firstIndex } from '../../../lib/reading/first-index';
import { NearList } from './near-list';

/** How far outside the view still counts as near, as a share of the view's height. */
export const NEAR_MARGIN = 1;

/**
 * Blocks watched by the IntersectionObserver before the others go to a NearList. Chromium
 * computes every target's intersection in each frame that scrolls, about 2.5 µs a target: a
 * thousand cost ~3 ms, the 40 000 blocks of a 200 000-node page over 100 ms a frame.
 */
const OBSERVED_UP_TO = 1000;

/**
 * Blocks placed in the list per frame. Placing reads style and layout, which the frame has
 * computed anyway; blocks waiting keep their first guess.
 */
const PLACED_PER_FRAME = 4000;

export interface NearTarget {
  near: boolean;
}

export interface NearCallbacks<T extends NearTarget> {
  /**
   * The target watched for an element: the caller's own map (its blocks by element) answers, so
   * no second map of every watched block is kept here.
   */
  targetOf(el: Element): T | undefined;
  /** The block came near or went far; `target.near` already says which. */
  changed(target: T): void;
  /** The reader scrolled or the view changed size (once per frame at most). */
  moved(): void;
  /**
   * After the changes of one observer callback: a scroll can bring hundreds of blocks near and
   * send as many far, and their highlights are best committed together, once.
   */
  settled?(): void;
}

/** The vertical band, in viewport coordinates, that counts as near. */
export function nearBand(view = window.innerHeight): { top: number; bottom: number } {
  return { top: -view * NEAR_MARGIN, bottom: view * (1 + NEAR_MARGIN) };
}

/** Whether an element's box lies in the near band now (one layout read). */
export function isNearNow(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const band = nearBand();
  return rect.bottom >= band.top && rect.top <= band.bottom;
}

/**
 * The stretch of `hits` (in document order, so top to bottom within one block) whose boxes lie in
 * the near band, by binary search: a few dozen layout reads however many mentions the block holds.
 */
export function inBand<T extends { rect(): DOMRect | undefined }>(hits: readonly T[]): T[] {
  const band = nearBand();
  const firstWhere = (test: (r: DOMRect) => boolean): number =>
    firstIndex(hits.length, (i) => {
      const r = hits[i]!.rect();
      return r !== undefined && test(r);
    });
  const from = firstWhere((r) => r.bottom >= band.top);
  const to = firstWhere((r) => r.top > band.bottom);
  return hits.slice(from, Math.max(from, to));
}

export class NearView<T extends NearTarget> {
  private readonly observer: IntersectionObserver | undefined;
  private readonly list: NearList<T>;
  /** Watches the page's size: content above a listed block moves it without any scrolling. */
  private readonly resizes: ResizeObserver | undefined;
  /** Blocks past OBSERVED_UP_TO not yet placed (the list or, refused there, the observer). */
  private readonly waiting = new Set<Element>();
  private observed = 0;
  private frame = 0;
  private moving = false;
  private readonly onFrame = () => {
    this.frame = 0;
    if (this.waiting.size) this.place();
    if (this.list.size) {
      const full = this.doc.fullscreenElement ?? undefined;
      if (this.list.evaluate(nearBand(), (target) => this.callbacks.changed(target), full)) this.callbacks.settled?.();
    }
    if (this.moving) {
      this.moving = false;
      this.callbacks.moved();
    }
  };
  private readonly schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
  };
  private readonly onMove = () => {
    this.moving = true;
    this.schedule();
  };

  constructor(
    private readonly doc: Document,
    private readonly callbacks: NearCallbacks<T>,
  ) {
    this.list = new NearList<T>(doc, callbacks.targetOf);
    const margin = `${NEAR_MARGIN * 100}% 0px`;
    const callback: IntersectionObserverCallback = (entries) => {
      let any = false;
      for (const entry of entries) {
        const target = callbacks.targetOf(entry.target);
        if (!target || target.near === entry.isIntersecting) continue;
        target.near = entry.isIntersecting;
        callbacks.changed(target);
        any = true;
      }
      if (any) callbacks.settled?.();
    };
    try {
      // scrollMargin widens scroll containers' clips the same way, where the browser knows it.
      this.observer = new IntersectionObserver(callback, { root: doc, rootMargin: margin, scrollMargin: margin } as IntersectionObserverInit);
    } catch {
      this.observer = undefined;
    }
    try {
      this.resizes = new ResizeObserver(this.schedule);
      this.resizes.observe(doc.documentElement);
    } catch {
      this.resizes = undefined;
    }
    window.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.onMove, { passive: true });
    doc.addEventListener('fullscreenchange', this.onMove);
  }

  /**
   * Starts watching `el`, whose target (targetOf) holds the caller's first guess in `near`; a
   * listed block's guess is checked in the next frame, as the observer's first callback would.
   */
  watch(el: Element): void {
    if (this.observer && this.observed < OBSERVED_UP_TO) {
      this.observer.observe(el);
      this.observed++;
    } else {
      this.waiting.add(el);
      this.schedule();
    }
  }

  private place(): void {
    const view = window.innerHeight;
    let placed = 0;
    for (const el of this.waiting) {
      if (placed++ === PLACED_PER_FRAME) break;
      this.waiting.delete(el);
      if (el.isConnected && !this.list.add(el, view) && this.observer) {
        this.observer.observe(el);
        this.observed++;
      }
    }
    if (this.waiting.size) this.schedule();
  }

  unwatch(el: Element): void {
    if (this.waiting.delete(el)) {
      // Never placed: nothing watches it yet.
    } else if (this.list.has(el)) {
      this.list.remove(el);
    } else if (this.observer) {
      this.observer.unobserve(el);
      this.observed = Math.max(0, this.observed - 1);
    }
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.resizes?.disconnect();
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onMove, { capture: true });
    window.removeEventListener('resize', this.onMove);
    this.doc.removeEventListener('fullscreenchange', this.onMove);
  }
}
