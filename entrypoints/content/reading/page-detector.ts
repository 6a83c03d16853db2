import { asParagraph } from '../../../lib/reading/visible-text';
import type { Detector, Mention, MentionKind } from '../../../lib/matcher/detector';

/**
 * The one place where the content script meets the detection engine. Everything else in the page
 * code sees only `scanRun`: paragraphs in, mentions with offsets into them joined by '\n' out.
 */
export type { MentionKind };
export type PageMention = Mention;

export interface PageDetector {
  /** Each piece is one paragraph (a block's text): topics around a place never cross into the next. */
  scanRun(paragraphs: readonly string[]): PageMention[];
  /** The same on paragraphs already made so (asParagraph) and joined by '\n' (the annotator's batches). */
  scanText(text: string): PageMention[];
  /** The place the page is about, from its title or else its headline. */
  subject(title: string, headline: string): { code: string; name: string } | null;
  /** Traditional → simplified, as the detector reads text (the relevance gate reads it so too). */
  fold(text: string): string;
}

export function pageDetector(detector: Detector): PageDetector {
  // Transfer pairs are not read in the page: not looked for (one pass fewer per block).
  const scanText = (text: string) => detector.scan(text, { headline: false, pairs: false }).mentions;
  return {
    scanRun: (paragraphs) => scanText(paragraphs.map(asParagraph).join('\n')),
    scanText,
    subject(title, headline) {
      const s = detector.scan(asParagraph(headline), { title }).subject;
      return s ? { code: s.code, name: s.name } : null;
    },
    fold: detector.fold,
  };
}
