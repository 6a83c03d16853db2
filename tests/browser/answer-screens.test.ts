// What a reader sees first, measured and photographed in both languages and both themes: the plan's
// first deadline within one popup height, the card's case line and first deadline within its first
// 300 px. The pictures go to docs/screenshots/ for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { launchWithExtension, ROOT, startFixtureServer, tabIdOf, type FixtureServer, type LaunchedBrowser } from './harness';
import { PROBE_INIT, READY_CARD, cardText, hoverText, settle } from './page-probe';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const DOCS = path.join(ROOT, 'docs/screenshots');
const CASES = [
  { lang: 'zh-CN', theme: 'light' },
  { lang: 'zh-CN', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
] as const;
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
    it(`${lang} ${theme}: the plan's first deadline within 600 px of the plan's top`, async () => {
      await setSettings({ ...DEFAULT_SETTINGS, language: lang, theme });
      const article = await browser.context.newPage();
      await article.goto(server.url('transfer-pair.html'));
      const tabId = await tabIdOf(browser.serviceWorker!, article.url());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 416, height: 600 });
      await popup.emulateMedia({ colorScheme: theme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.sl-popup:not([aria-busy])').waitFor();
      await popup.getByRole('tab').nth(1).click();
      const panel = popup.locator('#sl-panel-planner');
      const [from, to] = [panel.getByRole('combobox').nth(0), panel.getByRole('combobox').nth(1)];
      await from.fill('九江');
      await from.press('Enter');
      await to.fill('广州');
      await to.press('Enter');
      await panel.locator('input[type="date"]').fill('2026-09-28');
      await panel.locator('button.sl-primary').click();
      const plan = panel.getByRole('article');
      await plan.locator('[data-step="transfer-out"]').waitFor();
      expect(await plan.locator('[data-step="transfer-out"] time').getAttribute('datetime')).toBe('2026-10-16');
      const m = await top(popup, '[data-step="transfer-out"] time', '#sl-panel-planner article');
      expect(m.bottom).toBeGreaterThan(0);
      expect(m.bottom).toBeLessThanOrEqual(600);
      // Every day of the strip says what it is in words, not by colour alone.
      const labels = await plan.locator('.sl-cal-days > li').evaluateAll((days) => days.map((d) => d.getAttribute('aria-label') ?? ''));
      expect(labels.length).toBe(26);
      expect(labels.every((l) => /^2026-\d\d-\d\d \S/.test(l))).toBe(true);
      await plan.scrollIntoViewIfNeeded();
      await plan.screenshot({ path: path.join(DOCS, `plan-${lang}-${theme}.png`) });
      console.log(`plan ${lang} ${theme}: first deadline bottom ${Math.round(m.bottom)} px, plan ${Math.round((await plan.boundingBox())!.height)} px`);
      await popup.close();
      await article.close();
    });

    it(`${lang} ${theme}: the card's case line and first deadline within its first 300 px`, async () => {
      await setSettings({ ...DEFAULT_SETTINGS, language: lang, theme });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(server.url('transfer-pair.html'));
      await settle(page, 1500);
      await hoverText(page, '九江', 1);
      expect(await cardText(page)).toContain('九江市');
      const card = page.locator(READY_CARD);
      const cardTop = (await card.boundingBox())!.y;
      const caseLine = (await card.locator('.sl-case').boundingBox())!;
      const firstDeadline = (await card.locator('.sl-card-timeline tr[data-step] time').first().boundingBox())!;
      expect(caseLine.y + caseLine.height - cardTop).toBeLessThanOrEqual(300);
      expect(firstDeadline.y + firstDeadline.height - cardTop).toBeLessThanOrEqual(300);
      await card.screenshot({ path: path.join(DOCS, `card-${lang}-${theme}.png`) });
      console.log(`card ${lang} ${theme}: case ${Math.round(caseLine.y + caseLine.height - cardTop)} px, first deadline ${Math.round(firstDeadline.y + firstDeadline.height - cardTop)} px`);
      await page.close();
    });
  }
});
