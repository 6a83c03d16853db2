import type { TopicId } from '../data/schema';
import type { Lang } from './i18n/translate';

/**
 * What the page highlighted. The detector's Mention (lib/detector.ts) fits this shape as it is, so
 * the content script passes it straight through.
 */
export interface CardMention {
  kind: 'place' | 'topic' | 'stale-claim';
  /** Region code for a place, TopicId for a topic, claim id for a stale claim. */
  id: string;
  name: string;
  /** The exact text on the page; the claim card quotes it. */
  text: string;
  region?: { readonly code: string };
  /** Topics in the mention's paragraph and sentence (places only): which case the page speaks of. */
  topics?: readonly TopicId[];
  sentenceTopics?: readonly TopicId[];
}

/** What the card knows about the page and the user. */
export interface CardContext {
  language: Lang;
  /** Region code of the place the page is mainly about. */
  subject?: string | null;
  pageTopics?: readonly TopicId[];
  /** The other end of the transfer, from the page or the planner; decides cross- vs intra-province. */
  otherEnd?: string | null;
  /** 'YYYY-MM-DD' in China's calendar; deadlines are dated as if the user applied that day. Defaults to today in China. */
  today?: string;
  /** 'auto' follows the system; without it the card is light unless its frame is dark (.dark). */
  theme?: 'auto' | 'light' | 'dark';
  /** Official name of a region code; the card frame uses it, the body reads the bundled regions. */
  regionName?(code: string): string | undefined;
}
