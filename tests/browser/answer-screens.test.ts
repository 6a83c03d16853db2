// What a reader sees first, measured and photographed in both languages and both themes: the plan's
// first deadline within one popup height and the default plan within two, the card's case line, first
// deadline and balance line within its first 300 px. The pictures go to docs/screenshots/ for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { REAL_PAGES } from '../corpus/real-pages.corpus';
import { launchWithExtension, ROOT, startFixtureServer, tabIdOf, type FixtureServer, type LaunchedBrowser } from './harness';
import { planTransfer } from './plan-form';
import { PROBE_INIT, READY_CARD, cardText, hoverText, settle } from './page-probe';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const DOCS = path.join(ROOT, 'docs/screenshots');
const CASES = [
  { lang: 'zh-CN', theme: 'light' },
  { lang: 'zh-CN', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
] as const;
// A real forum page (corpus p23) whose 广州 card carries more than the hand-written page's: its answer
// lines must still come first. Served under its own address so the relevance check sees a real host.
const REAL = REAL_PAGES.find((p) => p.id === 'p23')!;
const REAL_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${REAL.title}</title></head><body><article><h1>${REAL.title}</h1>${REAL.text
  .split('\n')
  .map((line) => `<p>${line}</p>`)
  .join('')}</article></body></html>`;

/** Where the card's answer lines start and end, in px below the card's top. */
async function answerLines(page: Page) {
  const card = page.locator(READY_CARD);
  const cardTop = (await card.boundingBox())!.y;
  const box = async (selector: string) => {
    const b = (await card.locator(selector).first().boundingBox())!;
    return { top: Math.round(b.y - cardTop), bottom: Math.round(b.y + b.height - cardTop) };
  };
  return { caseLine: await box('.sl-case'), firstDeadline: await box('.sl-card-timeline tr[data-step] time'), balance: await box('.sl-lead-balance') };
}

function expectAnswersFirst(m: Awaited<ReturnType<typeof answerLines>>) {
  expect(m.caseLine.bottom).toBeLessThanOrEqual(300);
  expect(m.firstDeadline.bottom).toBeLessThanOrEqual(300);
  expect(m.balance.top).toBeGreaterThan(0);
  expect(m.balance.top).toBeLessThanOrEqual(300);
}

const top = async (page: Page, selector: string, within: string) =>
  page.evaluate(
    ([sel, outer]) => {
      const host = document.querySelector(outer!)!;
      const el = host.querySelector(sel!)!;
      return { bottom: el.getBoundingClientRect().bottom - host.getBoundingClientRect().top };
    },
    [selector, within] as const,
  );

describe('answers first, measured and photographed (Chromium)', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(DOCS, { recursive: true });
    server = await startFixtureServer();
    browser = await launchWithExtension();
    await browser.context.addInitScript(PROBE_INIT);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const setSettings = (s: object) => browser.serviceWorker!.evaluate((v) => chrome.storage.local.set({ settings: v }), s);

  for (const { lang, theme } of CASES) {
    it(`${lang} ${theme}: the plan's first deadline within 600 px of the plan's top, the plan within 1200 px`, async () => {
      await setSettings({ ...DEFAULT_SETTINGS, language: lang, theme });
      const article = await browser.context.newPage();
      await article.goto(server.url('transfer-pair.html'));
      const tabId = await tabIdOf(browser.serviceWorker!, article.url());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 416, height: 600 });
      await popup.emulateMedia({ colorScheme: theme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.sl-popup:not([aria-busy])').waitFor();
      const plan = await planTransfer(popup, '九江', '广州', '2026-09-28');
      expect(await plan.locator('[data-step="transfer-out"] time').getAttribute('datetime')).toBe('2026-10-16');
      const m = await top(popup, '[data-step="transfer-out"] time', '#sl-panel-planner article');
      expect(m.bottom).toBeGreaterThan(0);
      expect(m.bottom).toBeLessThanOrEqual(600);
      // Every day of the strip says what it is in words, not by colour alone.
      const labels = await plan.locator('.sl-cal-days > li').evaluateAll((days) => days.map((d) => d.getAttribute('aria-label') ?? ''));
      expect(labels.length).toBe(26);
      expect(labels.every((l) => /^2026-\d\d-\d\d \S/.test(l))).toBe(true);
      // The default plan, unfolded as it opens, fits in two popup heights.
      const planHeight = Math.round((await plan.boundingBox())!.height);
      expect(planHeight).toBeLessThanOrEqual(1200);
      await plan.scrollIntoViewIfNeeded();
      await plan.screenshot({ path: path.join(DOCS, `plan-${lang}-${theme}.png`) });
      console.log(`plan ${lang} ${theme}: first deadline bottom ${Math.round(m.bottom)} px, plan ${planHeight} px`);
      await popup.close();
      await article.close();
    });

    it(`${lang} ${theme}: the card's case line, first deadline and balance line within its first 300 px`, async () => {
      await setSettings({ ...DEFAULT_SETTINGS, language: lang, theme });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.url('transfer-pair.html'));
      await settle(page, 1500);
      await hoverText(page, '九江', 1);
      expect(await cardText(page)).toContain('九江市');
      const m = await answerLines(page);
      console.log(`card ${lang} ${theme}: case ${m.caseLine.bottom} px, first deadline ${m.firstDeadline.bottom} px, balance starts ${m.balance.top} px`);
      expectAnswersFirst(m);
      await page.locator(READY_CARD).screenshot({ path: path.join(DOCS, `card-${lang}-${theme}.png`) });
      await page.close();
    });
  }

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: on a real forum page the card's case, first deadline and balance line start within 300 px`, async () => {
      await setSettings({ ...DEFAULT_SETTINGS, language: lang });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.route(REAL.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: REAL_HTML }));
      await page.goto(REAL.url);
      await settle(page, 1500);
      await hoverText(page, '广州', 0);
      expect(await cardText(page)).toContain('广州市');
      const m = await answerLines(page);
      console.log(`real page ${lang}: case ${m.caseLine.bottom} px, first deadline ${m.firstDeadline.bottom} px, balance starts ${m.balance.top} px`);
      await page.locator(READY_CARD).screenshot({ path: path.join(ROOT, `test-output/screenshots/card-real-p23-${lang}.png`) });
      expectAnswersFirst(m);
      await page.close();
    });
  }
});
