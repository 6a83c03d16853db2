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
  private readonly highlights = new Map<string, { kind: MentionKind; highlight: Highlight }>();
  private readonly pendingAdd = new Map<string, Set<StaticRange>>();
  private readonly pendingDelete = new Map<string, Set<StaticRange>>();
  /** Hits in the highlights, or about to be. */
  count = 0;

  constructor() {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as MentionKind[]) {
      for (const tone of MARK_TONES) {
        const name = highlightName(kind, tone);
        this.highlights.set(name, { kind, highlight: new Highlight() });
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
    let ops = 0;
    const spent = () => ++ops % COMMIT_CHECK_EVERY === 0 && performance.now() - start >= budgetMs;
    for (const [name, { highlight }] of this.highlights) {
      const deletes = this.pendingDelete.get(name)!;
      for (const r of deletes) {
        highlight.delete(r);
        deletes.delete(r);
        if (spent()) return false;
      }
      const adds = this.pendingAdd.get(name)!;
      for (const r of adds) {
        highlight.add(r);
        adds.delete(r);
        if (spent()) return false;
      }
    }
    return true;
  }
}
