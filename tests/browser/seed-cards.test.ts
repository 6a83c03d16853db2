import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { launchWithExtension, openPopup, screenshot, startFixtureServer, stopServiceWorker, type FixtureServer, type LaunchedBrowser } from './harness';
import { PROBE_INIT, READY_CARD, cardText, highlightTexts, hoverText, settle, textCenter } from './page-probe';
import { SEED_PAGES, expectationsFor, nationalTimelineToday, zhTimelinePatterns } from './seed-expectations';

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

// everyMention: these tests hold every mention the detector finds to its highlight (the noise
// budget's default, fewer topic marks, is tested in relevance.test.ts).
const ZH: Settings = { ...DEFAULT_SETTINGS, language: 'zh-CN', everyMention: true };

async function setSettings(sw: Worker, settings: Settings): Promise<void> {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

describe('seed demo pages: highlights and hover cards', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
    await browser.context.addInitScript(PROBE_INIT);
    // Headless Chromium speaks en-US; the product's first language is zh-CN, so most tests ask for it.
    await setSettings(browser.serviceWorker!, ZH);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSeed(file: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url(`seeds/${file}`));
    await settle(page, 1500);
    return page;
  }

  for (const file of SEED_PAGES) {
    it(`${file}: subject, topics and stale claims highlighted; the subject's card names its province`, async () => {
      const want = expectationsFor(file);
      const page = await openSeed(file);
      const h = await highlightTexts(page);
      expect(h['shebao-place']).toContain(want.subject.text);
      expect(new Set(h['shebao-topic'])).toEqual(want.topics);
      expect(h['shebao-claim'] ?? []).toEqual(want.claims);
      await hoverText(page, want.subject.text, 1);
      const card = await cardText(page);
      expect(card).toContain(want.subject.name);
      expect(card).toContain(want.province);
      // The national 10/5/15 working-day limits, dated as if applied today on the holiday calendar.
      const dates = nationalTimelineToday();
      expect(card).toContain(dates.title);
      for (const row of zhTimelinePatterns(dates)) expect(card).toMatch(row);
      // The caveats and the sources are there to open; opened, the caveats are the data's, in full.
      expect(card).toContain('注意事项');
      expect(card).toContain('来源');
      expect(want.caveats.length).toBeGreaterThan(2);
      const caveatSection = page.locator('shebao-lens-ui .card details', { has: page.locator('summary', { hasText: '注意事项' }) });
      await caveatSection.locator('summary').click();
      await screenshot(page, `card-caveats-${file.replace('.html', '')}`);
      expect(await caveatSection.getAttribute('open')).not.toBeNull();
      const opened = (await cardText(page))!.replace(/\s+/g, '');
      for (const caveat of want.caveats) expect(opened).toContain(caveat.replace(/\s+/g, ''));
      // The card never covers the word it explains.
      const word = (await textCenter(page, want.subject.text, 1))!;
      const box = (await page.locator('shebao-lens-ui .card').boundingBox())!;
      const inside = word.x >= box.x && word.x <= box.x + box.width && word.y >= box.y && word.y <= box.y + box.height;
      expect(inside).toBe(false);
      await screenshot(page, `card-${file.replace('.html', '')}`);
      await page.close();
    });
  }

  it('seed 000 flags 45个工作日 as a stale claim and its card says so', async () => {
    const page = await openSeed('000_c92632fc03d80718.html');
    const h = await highlightTexts(page);
    expect(h['shebao-claim']!.some((t) => t.includes('45'))).toBe(true);
    await hoverText(page, '45个工作日');
    const card = await cardText(page);
    expect(card).toContain('过时的说法');
    // What holds now, and since when.
    expect(card).toContain('15个工作日');
    expect(card).toContain('2021-11-01');
    await screenshot(page, 'card-stale-claim-45');
    await page.close();
  });

  it('hovering 广东 in seed 003 opens the province card with its intra-province rule', async () => {
    const page = await openSeed('003_1d070bcd65830885.html');
    await hoverText(page, '广东', 1);
    const card = await cardText(page);
    expect(card).toContain('广东省');
    expect(card).toContain('在广东省内转移时');
    expect(card).toContain('不划转、不提现');
    await screenshot(page, 'card-guangdong-intra-province');
    await page.close();
  });

  it('广东省 in "广东省方案:省内跨市转移…" opens a card that leads with the intra-province case', async () => {
    const page = await openSeed('003_1d070bcd65830885.html');
    await hoverText(page, '广东省');
    const card = await cardText(page);
    expect(card).toContain('本页此处讲的是广东省内转移');
    expect(card).toContain('不划转、不提现');
    expect(card).not.toContain('在广东省内转移时');
    await screenshot(page, 'card-guangdong-page-says-intra-province');
    await page.close();
  });

  it('card: stays while the pointer travels into it, pins on click, Esc closes, selection untouched', async () => {
    const page = await openSeed('001_d22b8a7856880c69.html');
    await hoverText(page, '荆门', 1);
    expect(await cardText(page)).toContain('荆门市');
    const box = (await page.locator('shebao-lens-ui .card').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await settle(page, 600);
    expect(await page.locator('shebao-lens-ui .card').isVisible()).toBe(true);
    await page.mouse.click(box.x + 20, box.y + box.height - 12);
    expect(await page.locator('shebao-lens-ui .card-pinned').isVisible()).toBe(true);
    await page.mouse.move(5, 5, { steps: 4 });
    await settle(page, 600);
    expect(await page.locator('shebao-lens-ui .card').isVisible()).toBe(true);
    const selection = await page.evaluate(() => window.getSelection()!.toString());
    expect(selection).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('shebao-lens-ui .card').count()).toBe(0);
    await page.close();
  });

  it('keyboard: Alt+Shift+L focuses a card, arrows step through mentions, Esc closes', async () => {
    const page = await openSeed('003_1d070bcd65830885.html');
    await page.keyboard.press('Alt+Shift+KeyL');
    const card = page.locator(READY_CARD);
    await card.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('shebao-lens-ui');
    const role = await card.getAttribute('role');
    expect(role).toBe('dialog');
    expect(await card.getAttribute('aria-label')).toMatch(/^社保透镜：/);
    const first = await card.innerText();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => card.innerText()).not.toBe(first);
    expect(await card.innerText()).toMatch(/第 2 \/ \d+ 处/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('settings: kinds, site switch and on/off apply without reload', async () => {
    const sw = browser.serviceWorker!;
    const page = await openSeed('003_1d070bcd65830885.html');
    expect((await highlightTexts(page))['shebao-topic']!.length).toBeGreaterThan(0);
    await setSettings(sw, { ...ZH, kinds: { place: true, topic: false, claim: true } });
    await expect.poll(async () => (await highlightTexts(page))['shebao-topic']).toBeUndefined();
    expect((await highlightTexts(page))['shebao-place']!.length).toBeGreaterThan(0);
    await setSettings(sw, { ...ZH, disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(0);
    await setSettings(sw, ZH);
    await expect.poll(async () => (await highlightTexts(page))['shebao-topic']?.length ?? 0).toBeGreaterThan(0);
    await setSettings(sw, { ...ZH, enabled: false });
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(0);
    await setSettings(sw, ZH);
    await page.close();
  });

  it('settings: the hover delay is honoured, and the hover+Shift trigger opens cards only with Shift', async () => {
    const sw = browser.serviceWorker!;
    await setSettings(sw, { ...ZH, hoverDelayMs: 1500 });
    const page = await openSeed('001_d22b8a7856880c69.html');
    await hoverText(page, '荆门', 1);
    expect(await cardText(page, 700)).toBeNull();
    expect(await cardText(page, 2500)).toContain('荆门市');
    await page.keyboard.press('Escape');
    await setSettings(sw, { ...ZH, trigger: 'hover-key' });
    await settle(page, 300);
    await hoverText(page, '荆门', 2);
    expect(await cardText(page, 1200)).toBeNull();
    await page.keyboard.down('Shift');
    expect(await cardText(page)).toContain('荆门市');
    await page.keyboard.up('Shift');
    await setSettings(sw, ZH);
    await page.close();
  });

  it('dark theme card, and the card follows the page into fullscreen', async () => {
    const sw = browser.serviceWorker!;
    await setSettings(sw, { ...ZH, theme: 'dark', language: 'en' });
    const page = await openSeed('002_29482b622b392ebf.html');
    await hoverText(page, '乌鲁木齐', 1);
    await cardText(page);
    expect(await page.locator('shebao-lens-ui .card.dark').count()).toBe(1);
    expect(await cardText(page)).toContain('Which case applies');
    await screenshot(page, 'card-dark-theme');
    await page.evaluate(() => document.querySelector('article')!.requestFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('article');
    await hoverText(page, '乌鲁木齐', 1);
    await cardText(page);
    expect(await page.evaluate(() => document.querySelector('shebao-lens-ui')?.parentElement?.localName)).toBe('article');
    await screenshot(page, 'card-fullscreen');
    await page.evaluate(() => document.exitFullscreen());
    await setSettings(sw, ZH);
    await page.close();
  });

  it('the background answers a card request itself, and says why it turns a malformed one away', async () => {
    const page = await openPopup(browser.context, browser.extensionId);
    const ask = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const mention = { kind: 'place', id: '360400', name: '九江市', text: '九江', region: { code: '360400' } };
    const reply = (await ask({ type: 'card-model', mention, context: { language: 'zh-CN', today: '2026-09-28' } })) as {
      kind: string;
      model: { title: string; timeline: { steps: { step: string; deadline: string }[] } };
    };
    expect(reply.kind).toBe('place');
    expect(reply.model.title).toBe('九江市');
    expect(reply.model.timeline.steps.map((s) => [s.step, s.deadline])).toEqual([
      ['transfer-out', '2026-10-16'],
      ['transfer-in', '2026-10-23'],
      ['whole', '2026-10-23'],
    ]);
    expect(await ask({ type: 'card-model', mention: { ...mention, region: { code: 'x' } }, context: { language: 'fr' } })).toEqual({
      kind: 'failed',
      reason: 'malformed card request (mention.region.code, context.language)',
    });
    await page.close();
  });

  // Last: it stops the worker the other tests' settings go through.
  it('the first card after the service worker went to sleep: it wakes and the card has its content', async () => {
    const page = await openSeed('000_c92632fc03d80718.html');
    const worker = await stopServiceWorker(page, browser.extensionId);
    expect(worker.running()).toBe(false);
    await hoverText(page, '九江', 1);
    const card = await cardText(page);
    expect(card).toContain('江西省');
    expect(card).toContain(nationalTimelineToday().title);
    expect(worker.running()).toBe(true);
    await page.close();
  });
});
