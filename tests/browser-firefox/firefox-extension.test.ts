// The Firefox build in Debian's Firefox ESR: what a user sees on the seed pages, the card and the popup.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { SEED_PAGES, expectationsFor, nationalTimelineToday, zhTimelinePatterns } from '../browser/seed-expectations';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-harness';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { card, highlightTexts, hoverText, openAndSettle } from './firefox-probe';
import { setView, waitInPage } from './firefox-viewport';

const EXTENSION_DIR = '.output/firefox-mv3';
const SHOTS = 'test-output/firefox';
// everyMention: the seed tests hold every mention the engine finds to its highlight; the default
// noise budget is checked on its own below.
const ZH: Settings = { ...DEFAULT_SETTINGS, language: 'zh-CN', everyMention: true };

// Functions given to inExtension run in an extension page, where the WebExtension API is `browser`.
declare const browser: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

let firefox: FirefoxWithExtension;
let fixtures: FixtureServer;

beforeAll(async () => {
  fixtures = await serveFixtures('tests/fixtures');
  firefox = await launchFirefoxWithExtension({ extensionDir: EXTENSION_DIR });
  console.info(`Firefox ${await firefox.browser.version()} launched with the extension in ${firefox.launchMs} ms`);
  await mkdir(SHOTS, { recursive: true });
  await useSettings(ZH);
});

afterAll(async () => {
  await firefox?.close();
  await fixtures?.close();
});

async function useSettings(settings: Settings): Promise<void> {
  await firefox.inExtension((s) => browser.storage.local.set({ settings: s }), settings);
}

async function openPage(file: string): Promise<Page> {
  return openAndSettle(await firefox.newPage(), fixtures.url(file));
}

describe('Firefox build in Debian Firefox ESR', () => {
  it('runs on a Firefox at least as new as strict_min_version', async () => {
    const manifest = JSON.parse(await readFile(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
      browser_specific_settings: { gecko: { strict_min_version: string } };
    };
    const required = Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version);
    const running = Number.parseFloat((await firefox.browser.version()).replace(/^firefox\//, ''));
    expect(running).toBeGreaterThanOrEqual(required);
  });

  for (const file of SEED_PAGES) {
    it(`${file}: highlights match the engine; the subject's card has its province and dated timeline`, async () => {
      const want = expectationsFor(file);
      const page = await openPage(`seeds/${file}`);
      const h = await highlightTexts(page);
      expect(h['shebao-place']).toContain(want.subject.text);
      expect(new Set(h['shebao-topic'])).toEqual(want.topics);
      expect(h['shebao-claim'] ?? []).toEqual(want.claims);
      const word = await hoverText(page, want.subject.text, 1);
      const shown = await card(page);
      expect(shown?.text).toContain(want.subject.name);
      expect(shown?.text).toContain(want.province);
      const dates = nationalTimelineToday();
      expect(shown?.text).toContain(dates.title);
      for (const row of zhTimelinePatterns(dates)) expect(shown?.text).toMatch(row);
      // The card answers first: case line and first deadline end, and the balance line starts, within its first 300 px.
      const firstScreen = await page.evaluate(() => {
        const el = document.querySelector('shebao-lens-ui')!.shadowRoot!.querySelector('.card:not([aria-busy])')!;
        const box = (sel: string) => el.querySelector(sel)!.getBoundingClientRect();
        const top = el.getBoundingClientRect().top;
        return { caseLine: box('.sl-case').bottom - top, deadline: box('.sl-card-timeline tr[data-step] time').bottom - top, balance: box('.sl-lead-balance').top - top };
      });
      expect(firstScreen.caseLine).toBeLessThanOrEqual(300);
      expect(firstScreen.deadline).toBeLessThanOrEqual(300);
      expect(firstScreen.balance).toBeGreaterThan(0);
      expect(firstScreen.balance).toBeLessThanOrEqual(300);
      const b = shown!.box;
      expect(word.x >= b.left && word.x <= b.right && word.y >= b.top && word.y <= b.bottom).toBe(false);
      await page.screenshot({ path: `${SHOTS}/card-${file.replace('.html', '')}.png` });
      await page.close();
    });
  }

  it('flags 45个工作日 in seed 000 and the card says what holds now', async () => {
    const page = await openPage('seeds/000_c92632fc03d80718.html');
    await hoverText(page, '45个工作日');
    const shown = await card(page);
    expect(shown?.text).toContain('过时的说法');
    expect(shown?.text).toContain('15个工作日');
    await page.close();
  });

  it('shows the card in English when the language is set to English, and Esc closes it', async () => {
    await useSettings({ ...ZH, language: 'en' });
    const page = await openPage('seeds/003_1d070bcd65830885.html');
    await hoverText(page, '广东', 1);
    const shown = await card(page);
    expect(shown?.text).toContain('Which case applies');
    expect(shown?.text).toContain('广东省');
    await page.screenshot({ path: `${SHOTS}/card-en-guangdong.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('shebao-lens-ui')?.shadowRoot?.querySelector('.card') ?? null)).toBeNull();
    await useSettings(ZH);
    await page.close();
  });

  it("popup for a seed page's tab: subject and counts, in zh-CN and English", async () => {
    const article = await openPage('seeds/000_c92632fc03d80718.html');
    const url = fixtures.url('seeds/000_c92632fc03d80718.html');
    const tabs = await firefox.inExtension(() => browser.tabs.query({}), null);
    // Without the "tabs" permission URLs are hidden; the article is the newest web tab.
    const tabId = Math.max(...tabs.filter((t) => t.url === undefined || t.url === url).map((t) => t.id ?? -1));
    const texts: Record<string, string> = {};
    for (const language of ['zh-CN', 'en'] as const) {
      await useSettings({ ...ZH, language });
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
      await setView(popup, 420, 640);
      await waitInPage(popup, "document.querySelector('.sl-subject') !== null", 10_000);
      texts[language] = await popup.evaluate(() => document.body.innerText);
      await popup.screenshot({ path: `${SHOTS}/popup-summary-${language}.png` });
      await popup.close();
    }
    expect(texts['zh-CN']).toContain('社保透镜');
    expect(texts['zh-CN']).toContain('本页主要讲：九江市');
    expect(texts['zh-CN']).toMatch(/共标注 \d+ 处/);
    expect(texts['en']).toMatch(/Jiujiang|九江市/);
    expect(texts['en']).not.toContain('本页主要讲');
    await useSettings(ZH);
    await article.close();
  });

  it('a travel page stays unmarked and the popup offers to mark it; a seed page is marked within the noise budget', async () => {
    await useSettings({ ...ZH, everyMention: false });
    const seed = await openPage('seeds/000_c92632fc03d80718.html');
    const seedMarks = await highlightTexts(seed);
    expect(seedMarks['shebao-place']?.length).toBeGreaterThan(10);
    expect(seedMarks['shebao-claim']?.length).toBeGreaterThan(0);
    expect(new Set(seedMarks['shebao-topic']).size).toBeGreaterThan(3);
    await seed.close();

    const page = await openPage('travel.html');
    expect(await highlightTexts(page)).toEqual({});
    const url = fixtures.url('travel.html');
    const tabs = await firefox.inExtension(() => browser.tabs.query({}), null);
    const tabId = Math.max(...tabs.filter((t) => t.url === undefined || t.url === url).map((t) => t.id ?? -1));
    const texts: Record<string, string> = {};
    for (const language of ['zh-CN', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await useSettings({ ...ZH, everyMention: false, language, theme });
        const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
        await setView(popup, 420, 360);
        await waitInPage(popup, "document.querySelector('.sl-relevance') !== null", 10_000);
        texts[language] = await popup.evaluate(() => document.body.innerText);
        await popup.screenshot({ path: `${SHOTS}/relevance-notice-${language}-${theme}.png` });
        if (language === 'en' && theme === 'dark') {
          await popup.evaluate(() => (Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Mark this page anyway') as HTMLButtonElement).click());
          await expect.poll(async () => (await highlightTexts(page))['shebao-place']?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
        }
        await popup.close();
      }
    }
    expect(texts['zh-CN']).toContain('看起来不是社保或医保页面');
    expect(texts['zh-CN']).toContain('仍然标注本页');
    expect(texts['en']).toContain('does not look like a social or medical insurance page');
    expect(texts['en']).toContain('Always mark pages on 127.0.0.1');
    await useSettings(ZH);
    await page.close();
  });

  it('sends nothing off the machine', () => {
    expect(firefox.offMachineRequests()).toEqual([]);
  });
});

