/**
 * The one place where the content script meets the detection engine. Everything else in the page
 * code sees only `scanRun`: text pieces in, mentions with offsets into their concatenation out.
 */
export type MentionKind = 'place' | 'topic' | 'stale-claim';

export interface PageMention {
  kind: MentionKind;
  id: string;
  name: string;
  /** Offsets into the run's pieces joined without separator. */
  start: number;
  end: number;
  /** Region code (places), province code of that region. */
  region?: string;
  province?: string;
}

export interface PageDetector {
  scanRun(pieces: readonly string[]): PageMention[];
}
