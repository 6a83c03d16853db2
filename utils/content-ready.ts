// The content script tells the background it runs in a frame; the badge count will reuse this path.
import * as z from 'zod/mini';
import { storage } from '@wxt-dev/storage';
import { sessionRecords } from './session-records';

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

export const FrameRecord = z.extend(z.omit(ContentReadyMessage, { type: true }), { at: z.number() });
export type FrameRecord = z.infer<typeof FrameRecord>;

/** session: storage, so records survive the service worker sleeping but not a browser restart. */
const frames = sessionRecords('frames');
export const frameKey = frames.key;

export async function recordFrame(tabId: number, frameId: number, message: ContentReadyMessage): Promise<void> {
  const { type: _type, ...rest } = message;
  await storage.setItem<FrameRecord>(frameKey(tabId, frameId), { ...rest, at: Date.now() });
}

export async function framesOfTab(tabId: number): Promise<FrameRecord[]> {
  return (await frames.ofTab(tabId)).flatMap(({ value }) => {
    const parsed = FrameRecord.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export const forgetTab = frames.forgetTab;
