import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '../../lib/messaging/messages';

// @wxt-dev/storage and wxt/browser pick the browser object on first import: WXT's in-memory one here.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { forgetSummaries, recordSummary, summaryOfTab } = await import('../../utils/summary-store');
const { recordFrame } = await import('../../utils/content-ready');

const top: PageSummary = { subject: '360400', places: [{ code: '360400', name: '九江', count: 2 }], topics: [{ id: 'transfer', count: 3 }], claims: [], total: 5 };
const child: PageSummary = { subject: null, places: [{ code: '440100', name: '广州', count: 1 }], topics: [{ id: 'transfer', count: 1 }], claims: [], total: 2 };

describe('summary store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges frames of a tab, sets the badge to the total, and keeps tabs apart', async () => {
    await recordFrame(7, 0, { type: 'content-ready', url: 'http://127.0.0.1/a', enabled: true });
    await recordSummary(7, 0, top);
    await recordSummary(7, 3, child);
    await recordSummary(8, 0, child);
    const reply = await summaryOfTab(7);
    expect(reply.contentScript).toBe('running');
    expect(reply.summary?.total).toBe(7);
    expect(reply.summary?.topics).toEqual([{ id: 'transfer', count: 4 }]);
    expect(reply.frames.map((f) => f.frameId)).toEqual([0, 3]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('7');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('2');
  });

  it('a new document clears the tab’s summaries and badge', async () => {
    await recordSummary(7, 0, top);
    await forgetSummaries(7);
    expect(await summaryOfTab(7)).toEqual({ summary: null, frames: [], contentScript: 'absent', url: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('reports a content script that is switched off, and ignores corrupt records', async () => {
    await recordFrame(9, 0, { type: 'content-ready', url: 'http://127.0.0.1/a', enabled: false });
    await fakeBrowser.storage.session.set({ 'summary:9:0': { total: 'many' } });
    expect(await summaryOfTab(9)).toEqual({ summary: null, frames: [], contentScript: 'off', url: 'http://127.0.0.1/a' });
  });

  it('reports a browser that cannot draw highlights, even where the lens is switched on', async () => {
    await recordFrame(4, 0, { type: 'content-ready', url: 'http://127.0.0.1/a', enabled: true, highlightApi: false });
    expect((await summaryOfTab(4)).contentScript).toBe('unsupported');
  });

  it('reports a tab that shows a PDF, which the lens cannot read', async () => {
    await recordFrame(5, 0, { type: 'content-ready', url: 'http://127.0.0.1/download?id=3', enabled: true, pdf: true });
    expect((await summaryOfTab(5)).contentScript).toBe('pdf');
  });
});
