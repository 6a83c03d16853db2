/**
 * Which mentions of one block of text are drawn. Places are what a reader hovers, and stale claims
 * are warnings, so every one is kept. A topic is marked where it helps find the part of the page
 * that deals with it: its first mention in each section (or block, where sections are not known),
 * and every mention in a heading; the same phrase tinted again and again down a page only adds noise.
 */
export interface BudgetMention {
  readonly kind: 'place' | 'topic' | 'claim';
  readonly id: string;
}

export interface BudgetOptions {
  /** The block is a heading (h1–h6 or role=heading). */
  readonly heading: boolean;
  /** The reader asked for every mention (settings.everyMention). */
  readonly everyMention: boolean;
  /**
   * Whether this block may mark a topic: false when another block of the same section already
   * does. Asked once per topic the block mentions (in order); without it, each block is its own section.
   */
  readonly mayMark?: (topicId: string) => boolean;
}

export function withinBudget<M extends BudgetMention>(mentions: readonly M[], options: BudgetOptions): M[] {
  if (options.everyMention || options.heading) return [...mentions];
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (m.kind !== 'topic') return true;
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return options.mayMark ? options.mayMark(m.id) : true;
  });
}
