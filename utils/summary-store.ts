// Per-tab page summaries reported by content scripts, one record per frame, kept in session storage
// so they survive the MV3 service worker sleeping. The toolbar badge shows the merged total.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { PageSummary, type GetSummaryReply } from '../lib/messaging/messages';
import { badgeText, mergeSummaries } from '../lib/messaging/page-summary';
import { FrameRecord, frameKey } from './content-ready';
import { sessionRecords } from './session-records';

const summaries = sessionRecords('summary');

async function framesWithSummary(tabId: number): Promise<GetSummaryReply['frames']> {
  return (await summaries.ofTab(tabId))
    .flatMap(({ frameId, value }) => {
      const parsed = PageSummary.safeParse(value);
      return parsed.success ? [{ frameId, summary: parsed.data }] : [];
    })
    .sort((a, b) => a.frameId - b.frameId);
}

async function updateBadge(tabId: number, total: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => {
    // The tab may have closed between the report and now.
  });
}

export async function recordSummary(tabId: number, frameId: number, summary: PageSummary): Promise<void> {
  await storage.setItem(summaries.key(tabId, frameId), summary);
  await updateBadge(tabId, mergeSummaries(await framesWithSummary(tabId)).total);
}

export async function summaryOfTab(tabId: number): Promise<GetSummaryReply> {
  const frames = await framesWithSummary(tabId);
  const top = FrameRecord.safeParse(await storage.getItem(frameKey(tabId, 0))).data;
  return {
    summary: frames.length ? mergeSummaries(frames) : null,
    frames,
    contentScript: !top ? 'absent' : top.pdf ? 'pdf' : top.highlightApi === false ? 'unsupported' : top.enabled ? 'running' : 'off',
    url: top?.url ?? null,
  };
}

/** A new document in the top frame starts from nothing: old counts must not linger on the badge. */
export async function forgetSummaries(tabId: number): Promise<void> {
  await summaries.forgetTab(tabId);
  await updateBadge(tabId, 0);
}
