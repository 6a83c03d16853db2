import type { MentionKind } from '../reading/page-detector';
import { comparePositions, insertionPoint } from './document-order';
import type { PageHit, RunEntry } from './page-hit';

/** Runs by where they start: their first pieces. */
export const compareEntries = (a: RunEntry, b: RunEntry): number =>
  comparePositions(a.segments[0]!.node, a.segments[0]!.from, b.segments[0]!.node, b.segments[0]!.from);

/**
 * Every run holding mentions, in document order, kept so as runs are found (at the end, or by
 * binary search for a block read out of turn): stepping to the next mention and a card's "3 of
 * 120" cost one search and a walk over runs, never a sort of the page's mentions.
 */
export class MentionOrder {
  private entries: RunEntry[] = [];
  private dead = 0;

  /**
   * `after`: an entry known to come before this one (the previous run of the same walk); when it
   * is the last of the list the new one goes at the end without asking the DOM where it is.
   */
  insert(entry: RunEntry, after?: RunEntry): void {
    this.compact();
    const list = this.entries;
    if (after !== undefined && list[list.length - 1] === after) list.push(entry);
    else list.splice(insertionPoint(list, entry, compareEntries), 0, entry);
  }

  /** Marks an entry gone; the list drops it at the next read. */
  remove(entry: RunEntry): void {
    if (entry.dead) return;
    entry.dead = true;
    this.dead++;
  }

  clear(): void {
    this.entries = [];
    this.dead = 0;
  }

  private compact(): void {
    if (this.dead === 0) return;
    this.entries = this.entries.filter((e) => !e.dead);
    this.dead = 0;
  }

  private indexOf(entry: RunEntry): number {
    this.compact();
    const at = insertionPoint(this.entries, entry, compareEntries) - 1;
    return this.entries[at] === entry ? at : this.entries.indexOf(entry);
  }

  /** All hits, in document order. */
  all(): PageHit[] {
    this.compact();
    const out: PageHit[] = [];
    for (const e of this.entries) for (const h of e.hits) out.push(h);
    return out;
  }

  /** The first hit (in document order) that `accept` takes. */
  find(accept: (hit: PageHit) => boolean): PageHit | undefined {
    this.compact();
    for (const e of this.entries) for (const h of e.hits) if (accept(h)) return h;
    return undefined;
  }

  /**
   * The next (delta 1) or previous (-1) hit of a wanted kind after `from`, wrapping around; from
   * the start (or the end) when `from` is gone or undefined.
   */
  step(from: PageHit | undefined, delta: 1 | -1, kinds: ReadonlySet<MentionKind>): PageHit | undefined {
    this.compact();
    const list = this.entries;
    const n = list.length;
    if (n === 0) return undefined;
    let e = from && !from.run.dead ? this.indexOf(from.run) : -1;
    let i = e >= 0 ? from!.run.hits.indexOf(from!) : -1;
    if (e < 0) {
      e = delta > 0 ? 0 : n - 1;
      i = delta > 0 ? -1 : list[e]!.hits.length;
    }
    for (let visited = 0; visited <= n; visited++) {
      const hits = list[e]!.hits;
      for (i += delta; i >= 0 && i < hits.length; i += delta) if (kinds.has(hits[i]!.mention.kind)) return hits[i];
      e = (e + delta + n) % n;
      i = delta > 0 ? -1 : list[e]!.hits.length;
    }
    return undefined;
  }

  /** 1-based place of `hit` among hits of the wanted kinds, or undefined when it is gone. */
  position(hit: PageHit, kinds: ReadonlySet<MentionKind>): number | undefined {
    if (hit.run.dead || !kinds.has(hit.mention.kind)) return undefined;
    const e = this.indexOf(hit.run);
    if (e < 0) return undefined;
    let at = 0;
    for (let k = 0; k < e; k++) for (const kind of kinds) at += this.entries[k]![kind];
    for (const h of hit.run.hits) {
      if (h === hit) return at + 1;
      if (kinds.has(h.mention.kind)) at++;
    }
    return undefined;
  }
}
