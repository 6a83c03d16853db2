import type { Confidence, Rule } from '../../data/schema';
import { pick, type Lang } from '../i18n/translate';
import type { SourceBook } from './source-label';

/** One statement on a card: its text, how sure it is, and which of the card's sources it rests on. */
export interface CardFact {
  id: string;
  text: string;
  confidence: Confidence;
  /** 1-based numbers into the card's source list. */
  refs: number[];
  /** Ordered steps, for routes. */
  steps: string[];
}

export function cardFact(rule: Rule, lang: Lang, book: SourceBook): CardFact {
  return {
    id: rule.id,
    text: pick(lang, rule.statement),
    confidence: rule.confidence,
    refs: book.cite(rule.sources),
    steps: rule.steps.map((s) => pick(lang, s)),
  };
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { official: 0, article: 1, anecdote: 2 };

/** Official rules first, then article reports, then single anecdotes; stable within a level. */
export function bySureness<T extends { confidence: Confidence }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence]);
}
