import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcsStrict } from '../unit/ics-parser';
import { planTransfer } from './plan-form';
import { launchWithExtension, ROOT, screenshot, startFixtureServer, tabIdOf, type FixtureServer, type LaunchedBrowser } from './harness';

// Functions given to sw.evaluate run in the extension's service worker, where chrome.* exists.
declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> }; local: { set(v: object): Promise<void>; remove(k: string): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

const SEED = 'seeds/000_c92632fc03d80718.html'; // 江西九江 …
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** A page without a content script (chrome://…) is the newest tab right after it opened. */
async function newestTabId(sw: Worker): Promise<number> {
  return sw.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
}

async function waitForSummary(sw: Worker, tabId: number): Promise<{ total: number }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const all = await sw.evaluate(() => chrome.storage.session.get(null));
    const summary = (all as Record<string, { total: number }>)[`summary:${tabId}:0`];
    if ((summary && summary.total > 0) || Date.now() > deadline) return summary ?? { total: 0 };
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); evaluating through the debugger protocol is not a page script.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('popup and options in Chromium', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let sw: Worker;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ locale: 'zh-CN' });
    sw = browser.serviceWorker!;
    browser.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPopupFor(tabId: number, query = ''): Promise<Page> {
    const popup = await browser.context.newPage();
    // The popup's body is 400 px wide; the extra room is the vertical scrollbar's.
    await popup.setViewportSize({ width: 416, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}${query}`);
    await popup.locator('.sl-popup:not([aria-busy])').waitFor();
    return popup;
  }

  it('summarises a seed page, matches the badge, and jumps to the next mention', async () => {
    const article = await browser.context.newPage();
    await article.setViewportSize({ width: 1000, height: 700 });
    await article.goto(server.url(SEED));
    const tabId = await tabIdOf(sw, article.url());
    const stored = await waitForSummary(sw, tabId);
    expect(stored.total).toBeGreaterThan(0);
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(stored.total));

    const popup = await openPopupFor(tabId);
    const panel = popup.locator('#sl-panel-page');
    await expect.poll(() => panel.locator('.sl-subject').textContent()).toBe('本页主要讲：九江市');
    expect(await panel.innerText()).toContain(`共标注 ${stored.total} 处`);
    const place = panel.locator('button[data-kind="place"][data-id="360400"]');
    expect(await place.innerText()).toMatch(/九江市\s*\d+ 处/);
    expect(await panel.locator('button[data-kind="topic"]').count()).toBeGreaterThan(0);
    // Seed 000 repeats the old 45-working-day limit: the stale claim is listed with what holds.
    expect(await panel.locator('button[data-kind="claim"][data-id="stale-45-working-days"]').count()).toBe(1);
    expect(await panel.innerText()).toContain('医保关系转移共不超过15个工作日');
    await screenshot(popup, 'popup-summary-zh-light');

    const before = await article.evaluate(() => window.scrollY);
    const claim = panel.locator('button[data-kind="claim"][data-id="stale-45-working-days"]');
    await claim.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.sl-jump-status').textContent()).toMatch(/^已跳到第 1\/\d+ 处$/);
    await expect.poll(() => article.evaluate(() => window.scrollY)).not.toBe(before);
    // The mention jumped to is lit for a moment, then only its ordinary highlight stays.
    const flashed = () =>
      article.evaluate(() => {
        const texts: string[] = [];
        CSS.highlights.get('shebao-flash')?.forEach((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          texts.push(range.toString());
        });
        return texts;
      });
    expect((await flashed()).join('')).toContain('45个工作日');
    await screenshot(article, 'popup-jump-target');
    await expect.poll(flashed, { timeout: 4000 }).toEqual([]);
    await place.click();
    await expect.poll(() => panel.locator('.sl-jump-status').textContent()).toMatch(/^已跳到第 1\/\d+ 处$/);
    await place.click();
    await expect.poll(() => panel.locator('.sl-jump-status').textContent()).toMatch(/^已跳到第 2\/\d+ 处$/);

    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 25, 29)');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-summary-zh-dark');
    await popup.close();
    await article.close();
  });

  it('quick toggle: off on this site stops the lens there, clears the badge, and can be undone', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url(`${SEED}?toggle`));
    const tabId = await tabIdOf(sw, article.url());
    expect((await waitForSummary(sw, tabId)).total).toBeGreaterThan(0);
    const popup = await openPopupFor(tabId);
    const offHere = popup.getByLabel('在 127.0.0.1 上关闭');
    await offHere.check();
    await expect.poll(() => sw.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { disabledSites: ['127.0.0.1'] } });
    await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await expect.poll(() => popup.locator('#sl-panel-page .sl-notice').textContent(), { timeout: 5000 }).toContain('高亮已关闭');
    await offHere.uncheck();
    await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).not.toBe('');
    await popup.close();
    await article.close();
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('quick toggle: highlighting off in the popup clears the page’s marks at once, and on brings them back', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url(`${SEED}?enabled`));
    const tabId = await tabIdOf(sw, article.url());
    expect((await waitForSummary(sw, tabId)).total).toBeGreaterThan(0);
    const marks = () => article.evaluate(() => CSS.highlights.get('shebao-place')?.size ?? 0);
    expect(await marks()).toBeGreaterThan(0);
    const popup = await openPopupFor(tabId);
    const enabled = popup.getByLabel('高亮标注');
    expect(await enabled.isChecked()).toBe(true);
    await enabled.press('Space');
    await expect.poll(marks).toBe(0);
    await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await enabled.press('Space');
    await expect.poll(marks, { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await article.close();
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('plans 九江 → 广州 from 2026-09-28 by keyboard and exports an .ics that parses back', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url(`${SEED}?planner`));
    const tabId = await tabIdOf(sw, article.url());
    await waitForSummary(sw, tabId);
    const popup = await openPopupFor(tabId);
    await popup.getByRole('tab', { name: '转移规划' }).click();
    const panel = popup.locator('#sl-panel-planner');
    // Prefilled from the page's subject; replace it by typing initials to exercise the type-ahead.
    await expect.poll(() => panel.getByRole('combobox', { name: /转出地/ }).inputValue()).toBe('九江市');
    const from = panel.getByRole('combobox', { name: /转出地/ });
    await from.fill('jj');
    await expect.poll(() => panel.getByRole('option').first().textContent()).toBe('九江市 · 江西省');
    await from.press('Enter');
    const to = panel.getByRole('combobox', { name: /转入地/ });
    await to.fill('guangzhou');
    await to.press('ArrowDown');
    await to.press('ArrowUp');
    await to.press('Enter');
    expect(await to.inputValue()).toBe('广州市');
    await panel.getByLabel('申请日期').fill('2026-09-28');
    await panel.getByRole('button', { name: '生成计划' }).press('Enter');
    const plan = panel.getByRole('article');
    await expect.poll(() => plan.locator('.sl-case').textContent()).toBe('跨省转移');
    expect(await plan.locator('[data-step="transfer-out"]').innerText()).toContain('最迟 2026-10-16');
    expect(await plan.locator('[data-step="transfer-in"]').innerText()).toContain('最迟 2026-10-23');
    expect(await plan.locator('[data-step="whole"]').innerText()).toContain('最迟 2026-10-23');
    // One balance outcome with its evidence (issue 10): the seeds' near-identical sentences are sources of it.
    const balance = plan.locator('.sl-plan-balance');
    expect(await balance.locator('.sl-balance').getAttribute('data-handling')).toBe('moves');
    expect(await balance.locator('.sl-rules > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')))).toEqual([
      'balance-moves-with-relation',
      'balance-to-bank-if-cannot-move',
    ]);
    // The evidence folds under the one-line outcome; a reader opens it to see badge and sources.
    await balance.locator('.sl-plan-evidence > summary').click();
    const moves = balance.locator('[data-rule="balance-moves-with-relation"]');
    expect(await moves.locator('.sl-badge').first().innerText()).toBe('官方规定');
    expect(await moves.locator('.sl-rule-sources summary').innerText()).toMatch(/19/);
    await screenshot(popup, 'popup-planner-zh');
    // Reads as a plan: the first deadline within the plan's first 600 px (one popup height), and the
    // default plan (details folded, the balance grounds open as above) within two popup heights.
    const planBox = (await plan.boundingBox())!;
    const firstDeadline = (await plan.locator('.sl-timeline > li time').nth(1).boundingBox())!;
    expect(await plan.locator('.sl-timeline > li').nth(1).getAttribute('data-step')).toBe('transfer-out');
    expect(firstDeadline.y + firstDeadline.height - planBox.y).toBeLessThanOrEqual(600);
    await balance.locator('.sl-plan-evidence > summary').click();
    await plan.screenshot({ path: 'test-output/screenshots/popup-plan-full-zh.png' });
    expect((await plan.boundingBox())!.height).toBeLessThanOrEqual(1200);
    console.log(`plan: first deadline bottom ${Math.round(firstDeadline.y + firstDeadline.height - planBox.y)} px, default plan ${Math.round((await plan.boundingBox())!.height)} px`);
    await plan.locator('.sl-plan-checklist').scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-planner-checklist-zh');
    expect(await axeViolations(popup)).toEqual([]);

    const [download] = await Promise.all([popup.waitForEvent('download'), plan.getByRole('button', { name: '导出日历（.ics）' }).click()]);
    const file = await download.path();
    const cal = parseIcsStrict(readFileSync(file, 'utf8'));
    expect(cal.events.map((e) => e.get('DTSTART')![0]!.value)).toEqual(['20261016', '20261023', '20261023']);
    expect(download.suggestedFilename()).toBe('shebao-lens-360400-440100-2026-09-28.ics');

    await plan.getByRole('button', { name: '复制为文本' }).click();
    await expect.poll(() => plan.getByRole('status').last().textContent()).toBe('已复制到剪贴板');
    // Read the clipboard back the way a user would: paste into a text box.
    const paste = await browser.context.newPage();
    await paste.setContent('<textarea aria-label="paste"></textarea>');
    await paste.locator('textarea').focus();
    await paste.keyboard.press('Control+V');
    const copied = await paste.locator('textarea').inputValue();
    await paste.close();
    expect(copied).toContain('九江市 → 广州市 (跨省转移)');
    expect(copied).toContain('- 2026-10-16 转出地完成转出 (10 个工作日) 期间遇到：国庆节 10-01–10-07；调休上班 10-10');
    await popup.close();
    await article.close();
  });

  it('plans 九江 → 广州 in English: first deadline within one popup height, the default plan within two', async () => {
    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 1, enabled: true, disabledSites: [], kinds: { place: true, topic: true, claim: true }, hoverDelayMs: 300, trigger: 'hover', theme: 'light', language: 'en' } }));
    const article = await browser.context.newPage();
    await article.goto(server.url(`${SEED}?planner-en`));
    const tabId = await tabIdOf(sw, article.url());
    await waitForSummary(sw, tabId);
    const popup = await openPopupFor(tabId);
    const plan = await planTransfer(popup, '九江', '广州', '2026-09-28');
    await expect.poll(() => plan.locator('.sl-case').textContent()).toBe('Cross-province transfer');
    expect(await plan.locator('[data-step="transfer-out"]').innerText()).toContain('by 2026-10-16');
    const planBox = (await plan.boundingBox())!;
    const firstDeadline = (await plan.locator('[data-step="transfer-out"] time').boundingBox())!;
    expect(firstDeadline.y + firstDeadline.height - planBox.y).toBeLessThanOrEqual(600);
    // Unfolded as it opens: every section in place, the balance grounds and the details folded.
    expect(await plan.locator('details[open]').count()).toBe(0);
    expect(await plan.locator('.sl-plan-conditions .sl-rules > li').count()).toBeGreaterThan(0);
    expect(planBox.height).toBeLessThanOrEqual(1200);
    console.log(`plan (English): first deadline bottom ${Math.round(firstDeadline.y + firstDeadline.height - planBox.y)} px, default plan ${Math.round(planBox.height)} px`);
    await plan.screenshot({ path: 'test-output/screenshots/popup-plan-full-en.png' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await article.close();
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('on a browser page says the lens cannot run there and still offers the planner', async () => {
    const inner = await browser.context.newPage();
    await inner.goto('chrome://version');
    const tabId = await newestTabId(sw);
    const popup = await openPopupFor(tabId);
    expect(await popup.getByRole('tab', { name: '转移规划' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('#sl-panel-planner .sl-notice').innerText()).toContain('不能在此页面运行');
    expect(await popup.getByRole('combobox', { name: /转出地/ }).count()).toBe(1);
    await popup.close();
    await inner.close();
  });

  it('on a PDF whose address does not end in .pdf says the lens cannot read it and offers the planner', async () => {
    const pdf = await browser.context.newPage();
    await pdf.goto(server.url('scans/policy-notice'));
    const tabId = await tabIdOf(sw, pdf.url());
    const popup = await openPopupFor(tabId);
    expect(await popup.getByRole('tab', { name: '转移规划' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('#sl-panel-planner .sl-notice').innerText()).toContain('PDF');
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.close();
    await pdf.close();
  });

  it('options: changes persist across a reload, English UI, axe-clean in light and dark', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 720, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: '社保透镜设置' }).waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-zh-light');

    await options.getByPlaceholder('例如 www.example.com').fill('https://www.Example.com/path');
    await options.getByRole('button', { name: '添加网站' }).click();
    await options.getByLabel('深色').check();
    await options.getByLabel('悬停多久后显示卡片（毫秒）').fill('600');
    await options.getByLabel('悬停多久后显示卡片（毫秒）').press('Tab');
    await options.getByLabel('界面语言').selectOption('en');
    await options.getByRole('heading', { name: 'Shebao Lens settings' }).waitFor();

    await options.reload();
    await options.getByRole('heading', { name: 'Shebao Lens settings' }).waitFor();
    expect(await options.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await options.locator('html').getAttribute('lang')).toBe('en');
    expect(await options.getByRole('button', { name: 'Remove www.example.com' }).count()).toBe(1);
    expect(await options.getByLabel('Hover delay before the card opens (ms)').inputValue()).toBe('600');
    const stored = (await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 1, theme: 'dark', language: 'en', hoverDelayMs: 600, disabledSites: ['www.example.com'] });
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-en-dark');
    await options.close();
  });

  it('English popup in the light theme, and a corrupted stored value shows a notice', async () => {
    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 1, enabled: true, disabledSites: [], kinds: { place: true, topic: true, claim: true }, hoverDelayMs: 300, trigger: 'hover', theme: 'light', language: 'en' } }));
    const article = await browser.context.newPage();
    await article.goto(server.url(`${SEED}?en`));
    const tabId = await tabIdOf(sw, article.url());
    await waitForSummary(sw, tabId);
    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.locator('.sl-subject').textContent()).toBe('This page is mainly about: 九江市 Jiujiang');
    expect(await popup.getByRole('tab', { name: 'Transfer planner' }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-summary-en-light');
    await popup.getByRole('tab', { name: 'This page' }).press('ArrowRight');
    expect(await popup.getByRole('tab', { name: 'Transfer planner' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.getByRole('tab', { name: 'Transfer planner' }).press('ArrowRight');
    await popup.locator('#sl-panel-gap').getByLabel('Last month paid').fill('2026-03');
    await popup.locator('#sl-panel-gap').getByLabel('Month you restart paying').fill('2026-07');
    await popup.locator('#sl-panel-gap').getByLabel('Monthly contribution (CNY, optional)').fill('500');
    await popup.getByRole('button', { name: 'Show what applies' }).click();
    expect(await popup.locator('.sl-fee-total').innerText()).toBe('Total about CNY 23.50');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-gap-en-light');

    const [options] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings' }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);
    await options.close();
    await popup.close();

    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 99, theme: 'dark' } }));
    const broken = await openPopupFor(tabId);
    expect(await broken.getByRole('alert').first().innerText()).toContain('unknown settings version 99');
    expect(await broken.locator('html').getAttribute('data-theme')).toBeNull();
    await broken.close();
    await article.close();
    await sw.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('made no request beyond 127.0.0.1 and the extension, and no page errors', () => {
    // chrome:// pages are the browser's own (the restricted-page test opens one), not the network.
    expect(browser.requests.nonLocal().filter((url) => !url.startsWith('chrome://'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
