import type { MentionKind } from '../reading/page-detector';
import { HIGHLIGHT_NAMES, MARK_TONES, highlightName } from './highlight-styles';
import type { PageHit } from './page-hit';

/** Highlight changes applied between two looks at the clock. */
const COMMIT_CHECK_EVERY = 64;

/**
 * Our Highlight objects, one per kind and palette (by registry name, highlight-styles.ts), and the changes waiting for them. Changes wait until
 * commit(), which runs at the end of each slice: Chromium revalidates every range of every
 * highlight in each frame in which a highlight changed, so they go in together.
 */
export class HighlightRegistry {
  /**
   * `held`: the ranges in `highlight`, kept here: reading a Highlight back (forEach) is not to be
   * relied on from a Firefox content script, whose view of page objects goes through Xrays.
   */
  private readonly highlights = new Map<string, { kind: MentionKind; highlight: Highlight; held: Set<StaticRange> }>();
  private readonly pendingAdd = new Map<string, Set<StaticRange>>();
  private readonly pendingDelete = new Map<string, Set<StaticRange>>();
  /** Hits in the highlights, or about to be. */
  count = 0;

  constructor() {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as MentionKind[]) {
      for (const tone of MARK_TONES) {
        const name = highlightName(kind, tone);
        this.highlights.set(name, { kind, highlight: new Highlight(), held: new Set() });
        this.pendingAdd.set(name, new Set());
        this.pendingDelete.set(name, new Set());
      }
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

  show(hit: PageHit): void {
    if (hit.shown || hit.run.dead) return;
    hit.shown = true;
    this.count++;
    const range = hit.range;
    const name = highlightName(hit.mention.kind, hit.run.record.tone);
    if (!this.pendingDelete.get(name)!.delete(range)) this.pendingAdd.get(name)!.add(range);
  }

  hide(hit: PageHit): void {
    if (!hit.shown) return;
    hit.shown = false;
    this.count--;
    const range = hit.range;
    const name = highlightName(hit.mention.kind, hit.run.record.tone);
    if (!this.pendingAdd.get(name)!.delete(range)) this.pendingDelete.get(name)!.add(range);
    hit.release();
  }

  get dirty(): boolean {
    for (const set of this.pendingAdd.values()) if (set.size) return true;
    for (const set of this.pendingDelete.values()) if (set.size) return true;
    return false;
  }

  /**
   * Applies waiting changes for about `budgetMs`; true when none are left. Firefox spends ~10 µs
   * on each Highlight.add.
   */
  commit(budgetMs = Infinity): boolean {
    const start = performance.now();
    const ops = { count: 0 };
    for (const [name, { highlight, held }] of this.highlights) {
      const deletes = this.pendingDelete.get(name)!;
      if (deletes.size > held.size - deletes.size) rebuild(highlight, held, deletes);
      const remove = (r: StaticRange) => void (highlight.delete(r), held.delete(r));
      const add = (r: StaticRange) => void (highlight.add(r), held.add(r));
      if (!applyAll(deletes, remove, ops, start, budgetMs)) return false;
      if (!applyAll(this.pendingAdd.get(name)!, add, ops, start, budgetMs)) return false;
    }
    return true;
  }
}

/**
 * Takes most of a highlight's ranges out at once: clears it and puts back the few that stay.
 * Firefox pays ~0.1 ms for each Highlight.delete (ten times an add) and a jump far down a
 * 3 MB text node drops every range near the old view; a clear costs about one delete. Done in
 * one go (no more ops than the deletes it replaces), so no frame shows the survivors missing.
 * `deletes` holds only ranges in `held` (hide queues a delete only for a committed range).
 */
function rebuild(highlight: Highlight, held: Set<StaticRange>, deletes: Set<StaticRange>): void {
  highlight.clear();
  for (const r of deletes) held.delete(r);
  for (const r of held) highlight.add(r);
  deletes.clear();
}

/**
 * Applies `apply` to the ranges of `pending` in order until the budget is spent; true when all
 * were applied. The set is emptied once at the end (or cut by what was applied when the budget
 * runs out), not entry by entry: this runs for every mark the lens shows.
 */
function applyAll(pending: Set<StaticRange>, apply: (r: StaticRange) => void, ops: { count: number }, start: number, budgetMs: number): boolean {
  if (pending.size === 0) return true;
  let done = 0;
  for (const r of pending) {
    apply(r);
    done++;
    if (++ops.count % COMMIT_CHECK_EVERY === 0 && performance.now() - start >= budgetMs) {
      if (done === pending.size) pending.clear();
      else {
        for (const applied of pending) {
          if (done-- === 0) break;
          pending.delete(applied);
        }
      }
      return false;
    }
  }
  pending.clear();
  return true;
}
