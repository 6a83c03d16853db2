import type { MentionKind, PageMention } from '../reading/page-detector';

/** Mentions per kind and id for the popup's summary: nested maps, so no key string is built per mention. */
export class MentionCounts {
  private readonly byKind = new Map<MentionKind, Map<string, { mention: PageMention; count: number }>>([
    ['place', new Map()],
    ['topic', new Map()],
    ['claim', new Map()],
  ]);
  private readonly totals: Record<MentionKind, number> = { place: 0, topic: 0, claim: 0 };

  add(mention: PageMention): void {
    this.totals[mention.kind]++;
    const ofKind = this.byKind.get(mention.kind)!;
    const entry = ofKind.get(mention.id);
    if (entry) entry.count++;
    else ofKind.set(mention.id, { mention, count: 1 });
  }

  remove(mention: PageMention): void {
    this.totals[mention.kind]--;
    const ofKind = this.byKind.get(mention.kind)!;
    const entry = ofKind.get(mention.id);
    if (entry && --entry.count === 0) ofKind.delete(mention.id);
  }

  summary(): { mention: PageMention; count: number }[] {
    const out: { mention: PageMention; count: number }[] = [];
    for (const ofKind of this.byKind.values()) out.push(...ofKind.values());
    return out;
  }

  total(kinds: ReadonlySet<MentionKind>): number {
    let n = 0;
    for (const kind of kinds) n += this.totals[kind];
    return n;
  }
}
