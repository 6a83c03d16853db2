// Messages between the content script, the background and the popup. Schemas, not just types, because
// the receiver validates: a stale content script from an older build may still be running in a tab.
// zod/mini keeps the content script and the background small and free of zod's eval-based fast path.
import * as z from 'zod/mini';
import type { TopicId } from '../../data/schema';
import { TOPICS } from '../../data/topics';
import type { CardContextData as ContextData, CardMention } from '../cards/card-context';
import { assertSameKeys } from '../types';

const Count = z.int().check(z.minimum(0));
const RegionCode = z.string().check(z.regex(/^\d{6}$/));
const TopicIdSchema = z.enum(TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]]);

export const PageSummary = z.object({
  /** Region code of the place the page is about (title / most mentioned), or null when none stands out. */
  subject: z.nullable(RegionCode),
  places: z.array(z.object({ code: RegionCode, name: z.string(), count: Count })),
  topics: z.array(z.object({ id: TopicIdSchema, count: Count })),
  /** Claim ids from data/claims.ts found on the page (stale / overstated statements). */
  claims: z.array(z.object({ id: z.string(), count: Count })),
  /** Every highlighted mention in the frame: the badge number. */
  total: Count,
});
export type PageSummary = z.infer<typeof PageSummary>;

export const MentionKind = z.enum(['place', 'topic', 'claim']);
export type MentionKind = z.infer<typeof MentionKind>;

/**
 * content script → background, once per frame at start: it runs there, whether it is switched on,
 * and why it cannot work (no Highlight API, a PDF). The popup reads the top frame's record.
 */
export const ContentReadyMessage = z.object({
  type: z.literal('content-ready'),
  url: z.string(),
  enabled: z.boolean(),
  /**
   * false where the browser has no CSS Custom Highlight API (Firefox before 140, or the feature
   * switched off): the lens then leaves the page alone and the popup says why. Absent = supported.
   */
  highlightApi: z.optional(z.boolean()),
  /** The tab shows a PDF in the browser's viewer (document.contentType), whose text the lens cannot read. */
  pdf: z.optional(z.literal(true)),
  /** Set when stored settings were repaired, so the popup can say so later. */
  settingsProblem: z.optional(z.string()),
});
export type ContentReadyMessage = z.infer<typeof ContentReadyMessage>;

/** The background's answer to a report it stored (content-ready, page-summary). */
export const OkReply = z.object({ ok: z.literal(true) });
export type OkReply = z.infer<typeof OkReply>;

/** content script → background, after each scan of its frame. The tab and frame come from `sender`. */
export const PageSummaryMessage = z.object({ type: z.literal('page-summary'), summary: PageSummary });
export type PageSummaryMessage = z.infer<typeof PageSummaryMessage>;

/** popup → background: the summary of a tab, all frames merged. */
export const GetSummaryMessage = z.object({ type: z.literal('get-summary'), tabId: z.int() });
export type GetSummaryMessage = z.infer<typeof GetSummaryMessage>;

export const GetSummaryReply = z.object({
  /** null when no content script reported for this tab (not scanned yet, or it cannot run there). */
  summary: z.nullable(PageSummary),
  /** Frame ids (0 = top) that reported each mention, so jump-to can go to a frame that has it. */
  frames: z.array(z.object({ frameId: z.int(), summary: PageSummary })),
  /**
   * Whether a content script said it started in the tab's top frame (content-ready), and whether it
   * is switched on there: 'absent' means it never ran (restricted page, or opened before install);
   * 'unsupported' that it ran but the browser cannot draw highlights; 'pdf' that the tab shows a PDF.
   */
  contentScript: z.enum(['running', 'off', 'absent', 'unsupported', 'pdf']),
  /** The top frame's URL as its content script reported it; the popup may not see tab.url itself. */
  url: z.nullable(z.string()),
});
export type GetSummaryReply = z.infer<typeof GetSummaryReply>;

/**
 * popup → content script of one frame (browser.tabs.sendMessage with { frameId }): scroll to the
 * next mention of this item after the last one jumped to, and flash it. `id` is a region code,
 * a TopicId or a claim id according to `kind`.
 */
export const JumpToMessage = z.object({ type: z.literal('jump-to'), kind: MentionKind, id: z.string() });
export type JumpToMessage = z.infer<typeof JumpToMessage>;

/** `index` is 1-based among `count` mentions in that frame; found=false when the frame has none. */
export const JumpToReply = z.object({ found: z.boolean(), index: Count, count: Count });
export type JumpToReply = z.infer<typeof JumpToReply>;

/** lib/cards/card-context.ts CardMention, as a message carries it. */
export const CardMentionData = z.object({
  kind: z.enum(['place', 'topic', 'claim']),
  id: z.string(),
  name: z.string(),
  text: z.string(),
  region: z.optional(z.object({ code: RegionCode })),
  topics: z.optional(z.array(TopicIdSchema)),
  sentenceTopics: z.optional(z.array(TopicIdSchema)),
});

/** lib/cards/card-context.ts CardContextData: the context without its functions. */
export const CardContextData = z.object({
  language: z.enum(['zh-CN', 'en']),
  subject: z.optional(z.nullable(RegionCode)),
  pageTopics: z.optional(z.array(TopicIdSchema)),
  otherEnd: z.optional(z.nullable(RegionCode)),
  /** Shape only: an impossible date (2026-02-30) gets a 'failed' card that says so. */
  today: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  theme: z.optional(z.enum(['auto', 'light', 'dark'])),
});

// Neither compiles while a field of CardMention / CardContextData is missing here (or extra): a new
// context field must reach the background, not be stripped by the schema on the way.
assertSameKeys<z.infer<typeof CardMentionData>, CardMention>();
assertSameKeys<z.infer<typeof CardContextData>, ContextData>();

/**
 * content script → background: the model of the card for one highlighted mention. The background
 * holds the rules, regions and holiday calendar; the page gets plain JSON back (lib/cards/card-model.ts
 * CardModel, read with lib/cards/card-reply.ts).
 */
export const CardModelMessage = z.object({ type: z.literal('card-model'), mention: CardMentionData, context: CardContextData });
export type CardModelMessage = z.infer<typeof CardModelMessage>;
