import type { Detector, Mention, MentionKind } from '../../lib/detector';

/**
 * The one place where the content script meets the detection engine. Everything else in the page
 * code sees only `scanRun`: text pieces in, mentions with offsets into their concatenation out.
 */
export type { MentionKind };
export type PageMention = Mention;

export interface PageDetector {
  scanRun(pieces: readonly string[]): PageMention[];
  /** The place the page is about, from its title or else its headline. */
  subject(title: string, headline: string): { code: string; name: string } | null;
}

// Line breaks inside a text node are layout, not words' ends (九\n江 in pretty-printed HTML);
// replaced one for one so offsets stay offsets into the node.
const BREAKS = /[\n\r\f]/g;

export function pageDetector(detector: Detector): PageDetector {
  return {
    scanRun(pieces) {
      let text = pieces.length === 1 ? pieces[0]! : pieces.join('');
      if (text.includes('\n') || text.includes('\r')) text = text.replace(BREAKS, ' ');
      return detector.scan(text, { headline: false }).mentions;
    },
    subject(title, headline) {
      const s = detector.scan(headline.replace(BREAKS, ' '), { title }).subject;
      return s ? { code: s.code, name: s.name } : null;
    },
  };
}
