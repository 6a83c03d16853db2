/** Most hidden blocks watched at once: ResizeObserver looks at each one every frame. */
const MAX_WATCHED = 2000;

/**
 * The blocks skipped as hidden, watched so they are read when they appear. Text is often revealed
 * with no change to the DOM near it — a popover opened by showPopover(), a "展开全文" toggle driven by
 * CSS :checked, <details>, a media query, content-visibility — so attribute mutations (the batcher's
 * other way in) miss it. A ResizeObserver reports the frame a hidden block gets a box, whatever
 * caused it; its first report for a block that is still hidden (no box) is ignored.
 */
export class HiddenBlocks extends Set<Element> {
  private observer: ResizeObserver | undefined;

  constructor(private readonly revealed: (blocks: Element[]) => void) {
    super();
  }

  override add(el: Element): this {
    if (!this.has(el) && this.size < MAX_WATCHED && typeof ResizeObserver === 'function') {
      this.observer ??= new ResizeObserver((entries) => this.take(entries));
      this.observer.observe(el);
    }
    return super.add(el);
  }

  override delete(el: Element): boolean {
    this.observer?.unobserve(el);
    return super.delete(el);
  }

  override clear(): void {
    this.observer?.disconnect();
    super.clear();
  }

  private take(entries: ResizeObserverEntry[]): void {
    const shown: Element[] = [];
    for (const entry of entries) {
      const box = entry.borderBoxSize[0];
      if (!box || !(box.inlineSize || box.blockSize) || !this.has(entry.target) || !entry.target.isConnected) continue;
      this.delete(entry.target);
      shown.push(entry.target);
    }
    if (shown.length) this.revealed(shown);
  }
}
