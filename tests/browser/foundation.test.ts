import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_META } from '../../data/dataset-meta';
import { launchWithExtension, openPopup, screenshot, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';

// The functions given to sw.evaluate run in the extension's service worker, where chrome.* exists.
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
declare const chrome: { storage: { session: StorageArea; local: StorageArea } };

const SEED_PAGE = 'seeds/001_d22b8a7856880c69.html';

interface FrameRecord {
  key: string;
  tabId: number;
  frameId: number;
  url: string;
  enabled: boolean;
  settingsProblem?: string;
}

/** Reads what the background recorded from content scripts, through the service worker. */
async function readyFrames(sw: Worker): Promise<FrameRecord[]> {
  const all = await sw.evaluate(() => chrome.storage.session.get(null));
  return Object.entries(all as Record<string, Omit<FrameRecord, 'key' | 'tabId' | 'frameId'>>)
    .filter(([key]) => key.startsWith('frames:'))
    .map(([key, value]) => {
      const [, tabId, frameId] = key.split(':');
      return { key, tabId: Number(tabId), frameId: Number(frameId), ...value };
    });
}

async function waitForFrames(sw: Worker, match: (frames: FrameRecord[]) => boolean): Promise<FrameRecord[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frames = await readyFrames(sw);
    if (match(frames) || Date.now() > deadline) return frames;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function pageSnapshot(page: Page) {
  return page.evaluate(() => ({ globals: Object.keys(window).sort(), html: document.documentElement.outerHTML }));
}

describe('foundation: the built extension in Chromium', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let sw: Worker;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    // The popup follows the browser's language; the product is Chinese first.
    browser = await launchWithExtension({ locale: 'zh-CN' });
    sw = browser.serviceWorker!;
    browser.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the content script on a seed demo page and reports it to the background', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SEED_PAGE));
    const frames = await waitForFrames(sw, (fs) => fs.some((f) => f.url === page.url()));
    const top = frames.find((f) => f.url === page.url());
    expect(top).toMatchObject({ frameId: 0, enabled: true });
    expect(top?.settingsProblem).toBeUndefined();
    expect(await page.locator('h1').textContent()).toContain('荆门医保卡个人余额');
    await screenshot(page, 'foundation-seed-page');
    await page.close();
  });

  it('runs in every frame, including an about:blank frame the page writes into', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('framed.html'));
    const frames = await waitForFrames(sw, (fs) => {
      const top = fs.find((f) => f.url === page.url());
      return !!top && fs.filter((f) => f.tabId === top.tabId).length >= 3;
    });
    const top = frames.find((f) => f.url === page.url());
    expect(top?.frameId).toBe(0);
    const inTab = frames.filter((f) => f.tabId === top?.tabId && f.frameId !== 0).map((f) => f.url).sort();
    expect(inTab).toEqual(['about:blank', server.url('seeds/000_c92632fc03d80718.html')].sort());
    await screenshot(page, 'foundation-framed-page');
    await page.close();
  });

  it('leaves the page untouched: same DOM and no new window globals as without the extension', async () => {
    // A fresh query string so the wait below sees this load's report, not an earlier test's.
    const url = server.url(`${SEED_PAGE}?untouched`);
    const withExt = await browser.context.newPage();
    await withExt.goto(url);
    await waitForFrames(sw, (fs) => fs.some((f) => f.url === withExt.url()));
    const seen = await pageSnapshot(withExt);

    const plain = await launchWithExtension({ extensionDir: null });
    try {
      const page = await plain.context.newPage();
      await page.goto(url);
      const baseline = await pageSnapshot(page);
      expect(seen.globals).toEqual(baseline.globals);
      expect(seen.html).toBe(baseline.html);
      expect(plain.requests.nonLocal()).toEqual([]);
    } finally {
      await plain.close();
    }
    await withExt.close();
  });

  it('migrates a v0 settings value (no version field) in real storage: kept, written back as v1', async () => {
    const v0 = {
      enabled: false,
      disabledSites: ['example.org'],
      kinds: { place: true, topic: false, claim: true },
      hoverDelayMs: 800,
      trigger: 'hover-key',
      theme: 'dark',
      language: 'en',
      obsolete: 1,
    };
    await sw.evaluate((value) => chrome.storage.local.set({ settings: value }), v0);
    const page = await browser.context.newPage();
    await page.goto(server.url(`${SEED_PAGE}?v0`));
    const record = (await waitForFrames(sw, (fs) => fs.some((f) => f.url === page.url()))).find((f) => f.url === page.url());
    expect(record?.enabled).toBe(false);
    expect(record?.settingsProblem).toBeUndefined();
    const stored = () => sw.evaluate(() => chrome.storage.local.get(null)) as Promise<{ settings: Record<string, unknown> }>;
    await expect.poll(async () => (await stored()).settings.version).toBe(1);
    const { settings } = await stored();
    expect(settings).toEqual({ ...v0, obsolete: undefined, version: 1, alwaysOnHosts: [], everyMention: false });
    expect(settings).not.toHaveProperty('obsolete');
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('reads the stored settings: switched off, and corrupted (defaults plus a reported problem)', async () => {
    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 1, enabled: false } }));
    const page = await browser.context.newPage();
    await page.goto(server.url(`${SEED_PAGE}?off`));
    let record = (await waitForFrames(sw, (fs) => fs.some((f) => f.url === page.url()))).find((f) => f.url === page.url());
    expect(record?.enabled).toBe(false);
    expect(record?.settingsProblem).toMatch(/missing: disabledSites/);

    await sw.evaluate(() => chrome.storage.local.set({ settings: 'not json at all' }));
    await page.goto(server.url(`${SEED_PAGE}?corrupt`));
    record = (await waitForFrames(sw, (fs) => fs.some((f) => f.url === page.url()))).find((f) => f.url === page.url());
    expect(record?.enabled).toBe(true);
    expect(record?.settingsProblem).toMatch(/not an object/);
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('opens the popup with the product name and the dataset version, in light and dark', async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.setViewportSize({ width: 360, height: 220 });
    const text = await popup.locator('body').innerText();
    expect(text).toContain('社保透镜');
    expect(text).toContain('Shebao Lens');
    expect(text).toContain(`数据版本 ${DATASET_META.version}`);
    expect(text).toContain(DATASET_META.updated);
    expect(await popup.getAttribute('html', 'lang')).toBe('zh-CN');
    await screenshot(popup, 'foundation-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await screenshot(popup, 'foundation-popup-dark');
    await popup.close();
  });

  it('made no request beyond 127.0.0.1 and the extension, and no page script errors', () => {
    expect(browser.requests.all.length).toBeGreaterThan(0);
    expect(browser.requests.nonLocal()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
