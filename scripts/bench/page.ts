/**
 * Page bench, one headless Chromium run on one ≥ 1 MB seed-derived page (≥ 20 000 text nodes):
 *  - lens: the content script's annotator + detector, from start to every run highlighted;
 *  - mark.js: the same dictionary as one alternation RegExp (its fastest way to take many words);
 *  - floor: a bare TreeWalker pass reading every text node.
 * Each is timed on a fresh load of the page. Also prints the content-script bundle size, gzipped.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, startFixtureServer } from '../../tests/browser/harness';
import { bundledDetector } from '../../lib/bundled-detector';
import { bigArticle } from './seed-pages';

const OUT = path.join(ROOT, 'test-output/bench-page');
const RUNS = 3;
const MARK_SAMPLE = 15;

const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function prepare(): Promise<{ bytes: number; textNodes: number }> {
  mkdirSync(OUT, { recursive: true });
  const page = bigArticle();
  writeFileSync(path.join(OUT, 'big.html'), page.html);
  await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/page-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    outfile: path.join(OUT, 'lens.js'),
    logLevel: 'error',
  });
  copyFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), path.join(OUT, 'mark.min.js'));
  return { bytes: Buffer.byteLength(page.html), textNodes: page.textNodes };
}

async function longestTask(page: Page, since: number): Promise<number> {
  return page.evaluate((t) => {
    const w = window as unknown as { __longTasks: number[] };
    void t;
    return Math.max(0, ...w.__longTasks);
  }, since);
}

async function floor(page: Page): Promise<{ ms: number; nodes: number; chars: number }> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += (n as Text).data.length;
    }
    return { ms: performance.now() - t0, nodes, chars };
  });
}

export async function runPageBench(): Promise<void> {
  const { bytes, textNodes } = await prepare();
  const server = await startFixtureServer(OUT);
  const browser = await launchWithExtension({ extensionDir: null });
  await browser.context.addInitScript(LONG_TASKS);
  const url = server.url('big.html');
  try {
    const fresh = async () => {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
      return page;
    };

    const floors: number[] = [];
    let counted = { nodes: 0, chars: 0 };
    for (let i = 0; i < RUNS; i++) {
      const page = await fresh();
      const f = await floor(page);
      floors.push(f.ms);
      counted = f;
      await page.close();
    }

    const lens: { work: number; wall: number; build: number; slice: number; task: number; highlights: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await fresh();
      await page.addScriptTag({ path: path.join(OUT, 'lens.js') });
      const r = await page.evaluate(() =>
        (window as unknown as { benchLens: { runLens(): Promise<Record<string, number>> } }).benchLens.runLens(),
      );
      lens.push({
        work: r.workMs!,
        wall: r.wallMs!,
        build: r.buildMs!,
        slice: r.longestSliceMs!,
        task: await longestTask(page, 0),
        highlights: r.highlights!,
      });
      await page.close();
    }

    const page = await fresh();
    await page.addScriptTag({ path: path.join(OUT, 'lens.js') });
    await page.addScriptTag({ path: path.join(OUT, 'mark.min.js') });
    // The dictionary as one alternation, longest first, escaped here; the page gets a string, not a
    // function, because tsx would wrap inner functions in a helper the page does not have.
    const words = [...bundledDetector().patternTexts].sort((a, b) => b.length - a.length);
    const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const mark = (await page.evaluate(`(() => {
      const re = new RegExp(${JSON.stringify(source)}, 'g');
      const t0 = performance.now();
      let marks = 0;
      new window.Mark(document.body).markRegExp(re, { each: () => marks++ });
      return { ms: performance.now() - t0, marks, words: ${words.length} };
    })()`)) as { ms: number; marks: number; words: number };
    const markTask = await longestTask(page, 0);
    await page.close();

    // mark.js as usually called with a word list: one pass over the page per word. Timed on a
    // sample of the dictionary and scaled to all of it, since the whole list takes minutes.
    const sample = words.filter((_, i) => i % Math.ceil(words.length / MARK_SAMPLE) === 0);
    const listPage = await fresh();
    await listPage.addScriptTag({ path: path.join(OUT, 'mark.min.js') });
    const list = (await listPage.evaluate(`(() => {
      const t0 = performance.now();
      new window.Mark(document.body).mark(${JSON.stringify(sample)}, { separateWordSearch: false, diacritics: false });
      return performance.now() - t0;
    })()`)) as number;
    await listPage.close();
    const listAll = (list / sample.length) * words.length;

    const floorMs = median(floors);
    const work = median(lens.map((l) => l.work));
    const wall = median(lens.map((l) => l.wall));
    const build = median(lens.map((l) => l.build));
    const row = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms  ${note}`);
    console.log(`\nPage bench — Chromium, ${(bytes / 1024 / 1024).toFixed(2)} MB page, ${counted.nodes} text nodes (${textNodes} generated), ${counted.chars} chars, median of ${RUNS}`);
    row('floor: TreeWalker reading text', floorMs);
    row('lens: scan + highlight (work)', work, `${lens[0]!.highlights} highlights; sum of time slices`);
    row('lens: start → all done (wall)', wall, 'visible part first, rest in idle time');
    row('lens: detector build (once)', build, 'one task before the first slice');
    row(`mark.js markRegExp (${mark.words} words)`, mark.ms, `${mark.marks} <mark> elements`);
    row(`mark.js mark(list), ${sample.length} words`, list, `→ ${(listAll / 1000).toFixed(1)} s scaled to ${words.length} words`);
    console.log(`  ratios: mark.js list / lens = ${(listAll / work).toFixed(0)}× (scaled)`);
    console.log(`  ratios: mark.js / lens = ${(mark.ms / work).toFixed(1)}× (target ≥ 30×); lens / floor = ${(work / floorMs).toFixed(1)}× (target ≤ 2×)`);
    const slices = Math.max(...lens.map((l) => l.slice));
    const tasks = Math.max(...lens.map((l) => l.task));
    console.log(`  longest lens slice ${slices.toFixed(1)} ms; longest task during lens runs ${tasks.toFixed(0)} ms (target < 50, detector build included); mark.js longest task ${markTask.toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
  bundleSize();
}

function bundleSize(): void {
  const file = path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(file)) {
    console.log('  content-script bundle: no build (run `npm run build` first)');
    return;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`  content-script bundle: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 50 KB)`);
}
