// The plan reads as a plan in Firefox too: planning 九江 → 广州 in the popup, the checklist's first
// deadline ends within the plan's first 600 px (one popup height).
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-harness';
import { setView } from './firefox-viewport';

declare const browser: { storage: { local: { set(items: object): Promise<void> } } };

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ extensionDir: '.output/firefox-mv3' });
  await mkdir('test-output/firefox', { recursive: true });
});
afterAll(async () => {
  await firefox?.close();
});

it("Firefox: the plan's first deadline is within the plan's first 600 px", async () => {
  await firefox.inExtension((s) => browser.storage.local.set({ settings: s }), { ...DEFAULT_SETTINGS, language: 'zh-CN' });
  const popup = await firefox.openExtensionPage('popup.html');
  await setView(popup, 416, 600);
  await popup.waitForSelector('.sl-popup:not([aria-busy])');
  await popup.click('[role="tab"]:nth-child(2)');
  // Pinyin initials pick the places (the type-ahead's first option), as a keyboard user would.
  for (const [nth, typed] of [[0, 'jiujiang'], [1, 'guangzhou']] as const) {
    const box = (await popup.$$('#sl-panel-planner [role="combobox"]'))[nth]!;
    await box.type(typed);
    await popup.waitForSelector('#sl-panel-planner [role="option"]');
    await box.press('Enter');
  }
  await popup.$eval('#sl-panel-planner input[type="date"]', (input) => {
    (input as HTMLInputElement).value = '2026-09-28';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await popup.click('#sl-panel-planner button.sl-primary');
  await popup.waitForSelector('#sl-panel-planner article [data-step="transfer-out"] time');
  const m = await popup.$eval('#sl-panel-planner article', (plan) => {
    const time = plan.querySelector('[data-step="transfer-out"] time')!;
    return { date: time.getAttribute('datetime'), bottom: time.getBoundingClientRect().bottom - plan.getBoundingClientRect().top, height: plan.getBoundingClientRect().height };
  });
  console.info(`Firefox plan: first deadline ends ${Math.round(m.bottom)} px below the plan's top; plan ${Math.round(m.height)} px`);
  expect(m.date).toBe('2026-10-16');
  expect(m.bottom).toBeGreaterThan(0);
  expect(m.bottom).toBeLessThanOrEqual(600);
  await popup.screenshot({ path: 'test-output/firefox/popup-plan-zh.png' });
  await popup.close();
});
