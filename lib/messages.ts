// Messages between the content script, the background and the popup. Schemas, not just types, because
// the receiver validates: a stale content script from an older build may still be running in a tab.
// zod/mini keeps the content script and the background small and free of zod's eval-based fast path.
import * as z from 'zod/mini';
import type { TopicId } from '../data/schema';
import { TOPICS } from '../data/topics';

const Count = z.int().check(z.minimum(0));
const RegionCode = z.string().check(z.regex(/^\d{6}$/));

export const PageSummary = z.object({
  /** Region code of the place the page is about (title / most mentioned), or null when none stands out. */
  subject: z.nullable(RegionCode),
  places: z.array(z.object({ code: RegionCode, name: z.string(), count: Count })),
  topics: z.array(z.object({ id: z.enum(TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]]), count: Count })),
  /** Claim ids from data/claims.ts found on the page (stale / overstated statements). */
  claims: z.array(z.object({ id: z.string(), count: Count })),
  /** Every highlighted mention in the frame: the badge number. */
  total: Count,
});
export type PageSummary = z.infer<typeof PageSummary>;

export const MentionKind = z.enum(['place', 'topic', 'claim']);
export type MentionKind = z.infer<typeof MentionKind>;

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

export const BackgroundMessage = z.discriminatedUnion('type', [PageSummaryMessage, GetSummaryMessage]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;
