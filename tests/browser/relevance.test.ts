import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshot, startFixtureServer, tabIdOf, type FixtureServer, type LaunchedBrowser } from './harness';

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const TRAVEL = 'travel.html'; // a hand-written travel diary naming 28 places, nothing about insurance
const SEED = 'seeds/000_c92632fc03d80718.html';

/** Ranges in every highlight of ours on the page, as the reader sees them drawn. */
const marks = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('shebao-')) n += h.size;
    });
    return n;
  });

async function storedSummary(sw: Worker, tabId: number): Promise<{ total: number; quiet?: { reasons: string[] } } | undefined> {
  const all = await sw.evaluate(() => chrome.storage.session.get(null));
  return (all as Record<string, { total: number; quiet?: { reasons: string[] } }>)[`summary:${tabId}:0`];
}

describe('relevance: quiet on pages that are not about social insurance (Chromium)', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let sw: Worker;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ locale: 'zh-CN' });
    sw = browser.serviceWorker!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function popupFor(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 416, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.sl-popup:not([aria-busy])').waitFor();
    return popup;
  }

  it('a seed page is marked: every place and claim, topics once per section unless every mention is asked for', async () => {
    const byKind = (page: Page) =>
      page.evaluate(() => ({ place: CSS.highlights.get('shebao-place')?.size ?? 0, topic: CSS.highlights.get('shebao-topic')?.size ?? 0, claim: CSS.highlights.get('shebao-claim')?.size ?? 0 }));
    const open = async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(server.url(SEED));
      await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(20);
      await page.waitForTimeout(1500);
      return page;
    };
    const page = await open();
    const budget = await byKind(page);
    await screenshot(page, 'relevance-seed-marked');
    await page.close();
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), version: 1, everyMention: true } });
    });
    const every = await byKind(await open());
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), version: 1, everyMention: false } });
    });
    expect(budget.place).toBe(every.place);
    expect(budget.claim).toBe(every.claim);
    expect(budget.claim).toBeGreaterThan(0);
    expect(budget.topic).toBeGreaterThan(0);
    expect(budget.topic).toBeLessThan(every.topic * 0.75);
  });

  it('a travel page gets no marks and an empty badge; the popup says why and marks it on request', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(server.url(TRAVEL));
    const tabId = await tabIdOf(sw, page.url());
    await expect.poll(async () => (await storedSummary(sw, tabId))?.quiet?.reasons[0], { timeout: 15_000 }).toMatch(/^not relevant/);
    expect(await marks(page)).toBe(0);
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await screenshot(page, 'relevance-travel-page-unmarked');

    const popup = await popupFor(tabId);
    const panel = popup.locator('#sl-panel-page');
    await expect.poll(() => panel.innerText()).toContain('看起来不是社保或医保页面');
    expect(await panel.locator('button', { hasText: '在 127.0.0.1 上总是标注' }).count()).toBe(1);
    await screenshot(popup, 'relevance-notice-zh-light');
    await panel.locator('button', { hasText: '仍然标注本页' }).click();
    await expect.poll(() => marks(page), { timeout: 10_000 }).toBeGreaterThan(10);
    await expect.poll(async () => (await storedSummary(sw, tabId))?.total ?? 0).toBeGreaterThan(10);
    expect((await storedSummary(sw, tabId))?.quiet).toBeUndefined();
    await popup.close();

    // "This page only": after a reload the page is quiet again.
    await page.reload();
    await expect.poll(async () => (await storedSummary(sw, tabId))?.quiet?.reasons[0], { timeout: 15_000 }).toMatch(/^not relevant/);
    expect(await marks(page)).toBe(0);
    await page.close();
  });

  it('"always on this site" is kept in settings and marks the open page and later ones', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(TRAVEL));
    const tabId = await tabIdOf(sw, page.url());
    await expect.poll(async () => (await storedSummary(sw, tabId))?.quiet?.reasons[0], { timeout: 15_000 }).toMatch(/^not relevant/);
    const popup = await popupFor(tabId);
    await popup.locator('#sl-panel-page button', { hasText: '在 127.0.0.1 上总是标注' }).click();
    await expect.poll(() => sw.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { alwaysOnHosts: ['127.0.0.1'] } });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toBeGreaterThan(10);
    await page.reload();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBeGreaterThan(10);
    await popup.close();
    await page.close();
  });
});
