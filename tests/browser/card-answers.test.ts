import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { launchWithExtension, screenshot, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';
import { PROBE_INIT, READY_CARD, cardText, hoverText, settle } from './page-probe';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

describe('the card answers first (Chromium)', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
    await browser.context.addInitScript(PROBE_INIT);
    await browser.serviceWorker!.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...DEFAULT_SETTINGS, language: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"从江西九江跨省转移到广东广州": the card for 九江 names 广州 as the other end; case line and first deadline in its first 300 px', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url('transfer-pair.html'));
    await settle(page, 1500);
    await hoverText(page, '九江', 1);
    const text = (await cardText(page))!;
    expect(text).toContain('九江市 ↔ 广州市');
    expect(text).not.toMatch(/另一端未写明|没有说明另一端/);
    const card = page.locator(READY_CARD);
    const top = (await card.boundingBox())!.y;
    const caseLine = (await card.locator('.sl-case').boundingBox())!;
    const firstDeadline = (await card.locator('.sl-card-timeline tr[data-step]').first().boundingBox())!;
    expect(caseLine.y + caseLine.height - top).toBeLessThanOrEqual(300);
    expect(firstDeadline.y + firstDeadline.height - top).toBeLessThanOrEqual(300);
    // Where the money goes follows the dates, unfolded, in one line.
    const balance = (await card.locator('.sl-lead-balance').boundingBox())!;
    expect(await card.locator('.sl-lead-balance').innerText()).toContain('随医保关系划转到新参保地的个人账户');
    console.log(`card: case line bottom ${Math.round(caseLine.y + caseLine.height - top)} px, first deadline ${Math.round(firstDeadline.y + firstDeadline.height - top)} px, balance line top ${Math.round(balance.y - top)} px`);
    await screenshot(page, 'card-pair-jiujiang-guangzhou');
    await page.close();
  });
});
