import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotator } from '../reading/annotator';
import type { CardHost } from './card-host';
import { flashRange } from '../highlights/flash';
import { boxesOf, hitAt } from './hit-test';
import type { PageHit } from '../highlights/mention-index';
import type { MentionKind } from '../reading/page-detector';

export interface HoverOptions {
  hoverDelayMs(): number;
  /** 'hover-key': the card opens only while Shift is held. */
  trigger(): 'hover' | 'hover-key';
  /** False once this controller's annotator was stopped (settings off); listeners then do nothing. */
  enabled(): boolean;
}

/** Time the pointer may spend between the word and the card before an unpinned card closes. */
const LEAVE_GRACE_MS = 350;

/** Keyboard shortcut that focuses the card (opening one on the first mention in view). */
export function isFocusShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';
}

/**
 * Pointer and keyboard behaviour of the card: hover delay, grace period to travel into the card,
 * pin on click, Esc, the focus shortcut, stepping through mentions, and jump-to from the popup.
 */
export class HoverController {
  private showTimer: number | undefined;
  private hideTimer: number | undefined;
  private pending: PageHit | undefined;
  private frame = 0;
  private last: { x: number; y: number; shift: boolean; target: EventTarget | null } | undefined;
  private returnFocus: HTMLElement | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly annotator: Annotator,
    private readonly card: CardHost,
    private readonly options: HoverOptions,
  ) {
    const on = options.enabled;
    ctx.addEventListener(window, 'pointermove', (e: PointerEvent) => on() && this.onMove(e), { passive: true, capture: true });
    ctx.addEventListener(window, 'pointerdown', (e: PointerEvent) => on() && this.onDown(e), { capture: true });
    ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => on() && this.onKey(e), { capture: true });
  }

  close(): void {
    this.clearTimers();
    this.card.hide();
    this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = undefined;
  }

  pin(): void {
    const state = this.card.current;
    if (state && !state.pinned) void this.card.show({ ...state, pinned: true });
  }

  /** Next or previous highlighted mention in document order; scrolls it into view. */
  step(delta: 1 | -1): void {
    const next = this.annotator.index.step(this.card.current?.hit, delta, this.annotator.kinds);
    if (next) this.open(next, true);
  }

  /**
   * From the popup: the next mention of this kind and id after the last one jumped to (wrapping),
   * marked, then scrolled into view with its card pinned and focused.
   */
  jumpTo(kind: MentionKind, id: string): { found: boolean; index: number; count: number } {
    const matching = this.annotator.index.inOrder().filter((h) => h.mention.kind === kind && h.mention.id === id);
    if (matching.length === 0) return { found: false, index: 0, count: 0 };
    const last = this.lastJump && matching.indexOf(this.lastJump);
    const at = last === undefined || last < 0 ? 0 : (last + 1) % matching.length;
    const hit = matching[at]!;
    this.lastJump = hit;
    this.open(hit, true);
    flashRange(this.ctx, hit.range);
    return { found: true, index: at + 1, count: matching.length };
  }

  private lastJump: PageHit | undefined;

  private open(hit: PageHit, focus: boolean): void {
    this.clearTimers();
    // Marked before it is scrolled to: its block may be far from the view, where nothing is marked.
    this.annotator.index.reveal(hit);
    const boxes = boxesOf(hit);
    const first = boxes[0];
    if (first && (first.top < 0 || first.bottom > window.innerHeight)) {
      const el = hit.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const kinds = this.annotator.kinds;
    const at = this.annotator.index.position(hit, kinds);
    if (focus && !this.returnFocus && document.activeElement instanceof HTMLElement && !this.card.contains(document.activeElement)) {
      this.returnFocus = document.activeElement;
    }
    const position = at === undefined ? {} : { position: { at, of: this.annotator.index.total(kinds) } };
    void this.card.show({ hit, pinned: focus, ...position }, focus);
  }

  private onMove(e: PointerEvent): void {
    this.last = { x: e.clientX, y: e.clientY, shift: e.shiftKey, target: e.target };
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  private check(): void {
    const last = this.last;
    if (!last) return;
    const shown = this.card.current;
    if (this.card.contains(last.target)) {
      this.cancelHide();
      return;
    }
    const kinds = this.annotator.kinds;
    const hit = hitAt(document, this.annotator.index, last.x, last.y, this.annotator.shadowRoots, (h) =>
      kinds.has(h.mention.kind),
    );
    if (hit && shown && hit === shown.hit) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    if (hit && (this.options.trigger() === 'hover' || last.shift)) {
      if (hit !== this.pending) {
        this.cancelShow();
        this.pending = hit;
        this.showTimer = this.ctx.setTimeout(() => {
          this.pending = undefined;
          if (!this.card.current?.pinned) this.open(hit, false);
        }, this.options.hoverDelayMs());
      }
    } else {
      this.cancelShow();
    }
    if (shown && !shown.pinned && this.hideTimer === undefined) {
      this.hideTimer = this.ctx.setTimeout(() => {
        this.hideTimer = undefined;
        if (!this.card.current?.pinned) this.close();
      }, LEAVE_GRACE_MS);
    }
  }

  private onDown(e: PointerEvent): void {
    const shown = this.card.current;
    if (!shown || this.card.contains(e.target)) return;
    const kinds = this.annotator.kinds;
    const hit = hitAt(document, this.annotator.index, e.clientX, e.clientY, this.annotator.shadowRoots, (h) =>
      kinds.has(h.mention.kind),
    );
    // A click on the word pins its card; a click anywhere else puts the card away.
    if (hit === shown.hit) this.pin();
    else this.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (isFocusShortcut(e)) {
      e.preventDefault();
      const shown = this.card.current;
      if (shown) this.open(shown.hit, true);
      else this.openFirstInView();
      return;
    }
    if (e.key === 'Escape' && this.card.current) {
      e.stopPropagation();
      this.close();
      return;
    }
    // With the hover+Shift trigger, pressing Shift over a word opens its card without moving the pointer.
    if (e.key === 'Shift' && !e.repeat && this.last && this.options.trigger() === 'hover-key') {
      this.last = { ...this.last, shift: true };
      this.check();
    }
  }

  /** Only shown mentions can be in view: the walk over the page's runs measures none of the others. */
  private openFirstInView(): void {
    const kinds = this.annotator.kinds;
    const index = this.annotator.index;
    const inView = index.firstShown((h) => {
      if (!kinds.has(h.mention.kind)) return false;
      const b = boxesOf(h)[0];
      return b !== undefined && b.bottom > 0 && b.top < window.innerHeight;
    });
    const hit = inView ?? index.step(undefined, 1, kinds);
    if (hit) this.open(hit, true);
  }

  private cancelShow(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.pending = undefined;
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private clearTimers(): void {
    this.cancelShow();
    this.cancelHide();
  }
}
