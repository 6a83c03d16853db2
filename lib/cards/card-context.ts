import type { TopicId } from '../../data/schema';
import type { Lang } from '../i18n/translate';
import { assertSameKeys } from '../types';

/**
 * What the page highlighted. The detector's Mention (lib/matcher/detector.ts) fits this shape as it is, so
 * the content script passes it straight through.
 */
export interface CardMention {
  kind: 'place' | 'topic' | 'claim';
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
  /** Official name of a region code, for a caller that shows names next to the card. */
  regionName?(code: string): string | undefined;
}

type FunctionKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends (...args: never[]) => unknown ? K : never }[keyof T];

/** The part of a context that can travel in an extension message: everything but its functions. */
export type CardContextData = Omit<CardContext, FunctionKeys<CardContext>>;

/** Every field but functions (and unset ones), so a field added to CardContext travels without edits here. */
export function cardContextData(context: CardContext): CardContextData {
  return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined && typeof v !== 'function')) as CardContextData;
}

const MENTION_KEYS = ['kind', 'id', 'name', 'text', 'region', 'topics', 'sentenceTopics'] as const;
// Does not compile while CardMention and MENTION_KEYS disagree, so no new field is left behind.
assertSameKeys<CardMention, Record<(typeof MENTION_KEYS)[number], unknown>>();

/**
 * The CardMention part of a detector mention: its offsets, links and full region record stay in the
 * page, so one place's mentions share one message shape (and one cached card).
 */
export function cardMentionData(mention: CardMention): CardMention {
  const out: Record<string, unknown> = {};
  for (const key of MENTION_KEYS) if (mention[key] !== undefined) out[key] = mention[key];
  if (mention.region) out.region = { code: mention.region.code };
  return out as unknown as CardMention;
}
