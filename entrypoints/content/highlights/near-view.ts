/**
 * Which blocks are near what the reader sees: within one viewport above or below the visible part of
 * this frame's document, scroll containers and the fullscreen element included (an
 * IntersectionObserver with the document as root, so the margin applies in frames too). Only
 * mentions there get ranges and highlights: Chromium repaints the markers of every registered range
 * in each frame where a highlight changes, so a page with tens of thousands of them would pay that
 * on every update.
 */

/** How far outside the view still counts as near, as a share of the view's height. */
export const NEAR_MARGIN = 1;

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
  const firstWhere = (test: (r: DOMRect) => boolean): number => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = hits[mid]!.rect();
      if (r && test(r)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = firstWhere((r) => r.bottom >= band.top);
  const to = firstWhere((r) => r.top > band.bottom);
  return hits.slice(from, Math.max(from, to));
}

export class NearView<T extends NearTarget> {
  private readonly observer: IntersectionObserver | undefined;
  private frame = 0;
  private readonly onMove = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.callbacks.moved();
    });
  };

  constructor(
    doc: Document,
    private readonly callbacks: NearCallbacks<T>,
  ) {
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
    window.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.onMove, { passive: true });
    doc.addEventListener('fullscreenchange', this.onMove);
  }

  /** Starts watching `el`, whose target (targetOf) holds the caller's first guess in `near`. */
  watch(el: Element): void {
    this.observer?.observe(el);
  }

  unwatch(el: Element): void {
    this.observer?.unobserve(el);
  }

  disconnect(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onMove, { capture: true });
    window.removeEventListener('resize', this.onMove);
    document.removeEventListener('fullscreenchange', this.onMove);
  }
}
