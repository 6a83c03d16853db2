/**
 * `npx tsx scripts/marks-per-screen.ts`: how many marks a reader sees per screen (1000 × 700) on the
 * five seed demo pages and long pages, with every mention marked (settings.everyMention, what the
 * lens drew before the noise budget) and with the default budget. Needs `npm run build` first.
 * Screenshots of the first screen go to test-output/marks/.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { FIXTURES, ROOT, launchWithExtension, startFixtureServer } from '../tests/browser/harness';
import { bigArticle } from './bench/seed-pages';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

const SERVED = path.join(ROOT, 'test-output/marks-pages');
const SHOTS = path.join(ROOT, 'test-output/marks');

function preparePages(): string[] {
  mkdirSync(SERVED, { recursive: true });
  const seeds = readdirSync(path.join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.html'));
  for (const f of seeds) copyFileSync(path.join(FIXTURES, 'seeds', f), path.join(SERVED, f));
  const page = (html: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>医保转移汇编</title></head><body style="font:16px/1.8 sans-serif;max-width:720px;margin:auto">${html}</body></html>`;
  writeFileSync(path.join(SERVED, 'long-40k.html'), page(bigArticle(40_000).html));
  writeFileSync(path.join(SERVED, 'long-120k.html'), page(bigArticle(120_000).html));
  return [...seeds, 'long-40k.html', 'long-120k.html'];
}

/**
 * Marks per screen: the page is scrolled one view height at a time and, at each stop, the marks
 * drawn inside the view are counted. Highlights exist only near the view (issue 13), so counting
 * the registry once would see only the first screens of a long page.
 */
async function perScreen(page: Page): Promise<{ total: number; screens: number; mean: number; max: number; first: number }> {
  const screens = await page.evaluate(() => Math.max(1, Math.ceil(document.documentElement.scrollHeight / innerHeight)));
  const counts: number[] = [];
  for (let i = 0; i < screens; i++) {
    await page.evaluate((k) => scrollTo(0, k * innerHeight), i);
    await page.waitForTimeout(250);
    counts.push(
      await page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((hl, name) => {
          if (!name.startsWith('shebao-') || name === 'shebao-flash') return;
          hl.forEach((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            const top = range.getBoundingClientRect().top;
            if (top >= 0 && top < innerHeight) n++;
          });
        });
        return n;
      }),
    );
  }
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(250);
  const total = counts.reduce((a, b) => a + b, 0);
  return { total, screens, mean: Math.round((total / screens) * 10) / 10, max: Math.max(...counts), first: counts[0] ?? 0 };
}

async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    const n = await page.evaluate(() => {
      let k = 0;
      CSS.highlights.forEach((h, name) => void (name.startsWith('shebao-') && (k += h.size)));
      return k;
    });
    if (n === last && n > 0) return;
    last = n;
  }
}

async function setEveryMention(sw: Worker, on: boolean): Promise<void> {
  await sw.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), version: 1, everyMention: value } });
  }, on);
}

async function main(): Promise<void> {
  const files = preparePages();
  mkdirSync(SHOTS, { recursive: true });
  const server = await startFixtureServer(SERVED);
  const browser = await launchWithExtension({ locale: 'zh-CN' });
  const sw = browser.serviceWorker!;
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 1, enabled: true, disabledSites: [], kinds: { place: true, topic: true, claim: true }, hoverDelayMs: 300, trigger: 'hover', theme: 'light', language: 'zh-CN', alwaysOnHosts: [], everyMention: true } }));
  const rows: string[] = ['| page | screens | marks before (every mention) | per screen before: mean / max / first | marks after (budget) | per screen after: mean / max / first |', '| --- | --- | --- | --- | --- | --- |'];
  for (const file of files) {
    const results = [];
    for (const every of [true, false]) {
      await setEveryMention(sw, every);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(server.url(file));
      await settled(page);
      results.push(await perScreen(page));
      await page.screenshot({ path: path.join(SHOTS, `${file.replace('.html', '')}-${every ? 'before' : 'after'}.png`) });
      await page.close();
    }
    const [b, a] = results as [Awaited<ReturnType<typeof perScreen>>, Awaited<ReturnType<typeof perScreen>>];
    rows.push(`| ${file} | ${b.screens} | ${b.total} | ${b.mean} / ${b.max} / ${b.first} | ${a.total} | ${a.mean} / ${a.max} / ${a.first} |`);
  }
  await browser.close();
  await server.close();
  process.stdout.write(`${rows.join('\n')}\n`);
}

void main();
