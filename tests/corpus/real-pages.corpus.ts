/**
 * Test-only evaluation data, never shipped: 70 real public web pages with their addresses, labelled
 * by hand before the engine was run on them (real-pages.json; the labelling rules are in the
 * research note research/corpus/README.md). Half the pages are 'work' (the engine may be improved
 * against them), half 'heldout' (only scored, never tuned on: read their figures, not their text).
 */
import type { TopicId } from '../../data/schema';
import file from './real-pages.json';

export interface RealSentence {
  /** The sentence exactly as it stands in the page text. */
  readonly text: string;
  /** Places, one entry per mention in order: official names, or 6-digit codes where a name is shared. */
  readonly places: readonly string[];
  readonly topics: readonly TopicId[];
  /** Place-like strings that are no place here (streets, mountains, firms, ordinary words). */
  readonly traps: readonly string[];
}

export interface RealPage {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly kind: string;
  readonly script: 'simplified' | 'traditional';
  /** Whether the page is about medical-insurance matters. */
  readonly relevant: boolean;
  readonly split: 'work' | 'heldout';
  readonly text: string;
  /** Labelled sentences only: every other sentence of the text has no place, trap or topic. */
  readonly sentences: readonly RealSentence[];
}

export const REAL_PAGES: readonly RealPage[] = file.pages as readonly RealPage[];

/** The page text cut into sentences as the labels were: per line, after 。！？!?, trimmed, empty dropped. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let at = lineStart;
    for (const piece of line.split(/(?<=[。！？!?])/)) {
      const lead = piece.length - piece.trimStart().length;
      const t = piece.trim();
      if (t) out.push({ text: t, start: at + lead });
      at += piece.length;
    }
    lineStart += line.length + 1;
  }
  return out;
}
