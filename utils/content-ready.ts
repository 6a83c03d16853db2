// Where the background keeps each frame's content-ready report (lib/messaging/messages.ts).
import * as z from 'zod/mini';
import { ContentReadyMessage } from '../lib/messaging/messages';
import { storage } from '@wxt-dev/storage';
import { sessionRecords } from './session-records';

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
