import type { TopicId } from '../data/schema';
import type { Lang } from './i18n/translate';

/** What the page highlighted; the content script passes it to the card as it found it. */
export interface CardMention {
  kind: 'place' | 'topic' | 'stale-claim';
  /** Region code for a place, TopicId for a topic, claim id for a stale claim. */
  id: string;
  name: string;
  /** The exact text on the page; the claim card quotes it (falls back to name). */
  text?: string;
  region?: string;
  topics?: readonly TopicId[];
}

/** What the card knows about the page and the user. */
export interface CardContext {
  /** The region the page is mainly about. */
  subject?: string;
  pageTopics?: readonly TopicId[];
  /** The other end of the transfer, from the page or the planner; decides cross- vs intra-province. */
  otherEnd?: string;
  /** 'YYYY-MM-DD' in China's calendar: the card dates deadlines as if the user applied today. */
  today: string;
  language: Lang;
  theme: 'auto' | 'light' | 'dark';
}
