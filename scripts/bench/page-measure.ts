/**
 * The page bench's measurements in one browser: the floor, the lens and mark.js, each timed on a
 * fresh load of the same page.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { HIGHLIGHT_CSS } from '../../entrypoints/content/highlights/highlight-styles';
import type { BenchBrowser, BenchPage } from './bench-browser';

/** Runs per page and figure; BENCH_RUNS raises it for steadier medians. */
export const RUNS = Number(process.env.BENCH_RUNS) || 3;

/*
 * Long animation frames (Chromium): each frame over 50 ms with its rendering (style, layout, paint)
 * included, which the Long Tasks API leaves out. null where the browser has no such entries.
 */
const LOAF = `window.__loaf = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? [] : null;
if (window.__loaf) new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push([e.startTime, e.duration]); })
  .observe({ type: 'long-animation-frame', buffered: true });`;
const loafIn = (from: number, to: number) => `new Promise((r) => setTimeout(r, 50)).then(() => window.__loaf
  ? Math.max(0, ...window.__loaf.filter(([s, d]) => s + d >= ${from} && s <= ${to}).map(([, d]) => d))
  : null)`;
const MARK_SAMPLE = 15;

// Firefox has no Long Tasks API; null there tells the report to print n/a rather than 0.
const LONG_TASKS = `window.__longTasks = PerformanceObserver.supportedEntryTypes.includes('longtask') ? [] : null;
if (window.__longTasks) {
  window.__longTaskObserver = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); });
  window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
}`;
// Entries reach the observer a little after their task ends; wait a moment and take what is queued.
const LONGEST_TASK = `new Promise((r) => setTimeout(r, 50)).then(() => window.__longTasks
  ? Math.max(0, ...window.__longTasks, ...window.__longTaskObserver.takeRecords().map((e) => e.duration))
  : null)`;

/**
 * Runs an expression in a task of the page's own. Chromium leaves code run by a DevTools evaluate
 * out of the Long Tasks API, so timed work started that way would never show as a long task.
 */
const inPageTask = (expression: string) => `new Promise((resolve, reject) => setTimeout(() => {
  try { resolve(${expression}); } catch (error) { reject(error); }
}, 0))`;

/**
 * The extension's ::highlight rules come with its manifest, which the browser applies before the
 * page is parsed; the lens pages get them at the same moment, so the bench pays no more for them
 * than a user's page does.
 */
export const MANIFEST_CSS = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(HIGHLIGHT_CSS)});
  document.adoptedStyleSheets = [sheet];
})();`;

const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += n.data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
})()`;

export interface BenchFiles {
  url: string;
  lensScript: string;
  markScript: string;
  /** The lens's dictionary, longest first. */
  words: string[];
}

export interface PageFigures {
  nodes: number;
  chars: number;
  floorMs: number;
  /** Longest frame of the same 60-jump scroll on the page alone (rAF gap): the browser's own cost. */
  floorScrollMs: number;
  lens: {
    workMs: number;
    wallMs: number;
    buildMs: number;
    highlights: number;
    longestSliceMs: number;
    longestTaskMs: number | null;
    firstMarkMs: number;
    /** Longest gap between animation frames: while the lens reads, scrolling through, a card's lookup. */
    gaps: { start: number; scroll: number; card: number };
    /** Longest animation frame with rendering (Chromium's long-animation-frame entries; 0: none over 50 ms). */
    loaf: { start: number | null; scroll: number | null; card: number | null };
    cardLookupMs: number;
    heapBytes: number | null;
  };
  /** The detector alone on the page's text: its first pass on a fresh page, then warm. */
  engine: { firstMs: number; warmMs: number };
  markRegExp?: { ms: number; marks: number; longestTaskMs: number | null };
  markList?: { ms: number; words: number; scaledMs: number };
}

interface LensRun {
  workMs: number;
  wallMs: number;
  buildMs: number;
  longestSliceMs: number;
  highlights: number;
  firstMarkMs: number;
  startGapMs: number;
  scrollGapMs: number;
  cardGapMs: number;
  cardLookupMs: number;
  heapBytes: number | null;
  phases: Record<'start' | 'scroll' | 'card', [number, number]>;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Longest of the values, null as soon as one browser page could not time tasks. */
function longest(values: (number | null)[]): number | null {
  return values.includes(null) ? null : Math.max(...(values as number[]));
}

async function fresh(browser: BenchBrowser, url: string, initScript = LONG_TASKS): Promise<BenchPage> {
  const page = await browser.open(url, initScript);
  await sleep(300);
  await page.evaluate('window.__longTasks && (window.__longTasks.length = 0)');
  return page;
}

const medianOrNull = (values: (number | null)[]) => (values.includes(null) ? null : median(values as number[]));

/** `withMark`: time mark.js too (the 1 MB page; on the 3 MB and 200 000-node pages it takes minutes). */
export async function measurePage(browser: BenchBrowser, files: BenchFiles, runs = RUNS, withMark = true): Promise<PageFigures> {
  const { url, words } = files;
  const floors: { ms: number; nodes: number; chars: number; scrollMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await fresh(browser, url, `${LONG_TASKS}\n${MANIFEST_CSS}`);
    const floor = await page.evaluate<{ ms: number; nodes: number; chars: number }>(FLOOR);
    // The script only defines the bench's functions; scrolling alone starts no lens.
    await page.addScript(files.lensScript);
    floors.push({ ...floor, scrollMs: await page.evaluate<number>(inPageTask('window.benchLens.scrollThrough()')) });
    await page.close();
  }

  const lens: (LensRun & { task: number | null; loaf: Record<'start' | 'scroll' | 'card', number | null> })[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await fresh(browser, url, `${LONG_TASKS}\n${LOAF}\n${MANIFEST_CSS}`);
    await page.addScript(files.lensScript);
    const r = await page.evaluate<LensRun>(inPageTask('window.benchLens.runLens()'));
    const task = await page.evaluate<number | null>(LONGEST_TASK);
    const loaf = {
      start: await page.evaluate<number | null>(loafIn(...r.phases.start)),
      scroll: await page.evaluate<number | null>(loafIn(...r.phases.scroll)),
      card: await page.evaluate<number | null>(loafIn(...r.phases.card)),
    };
    lens.push({ ...r, task, loaf });
    await page.close();
  }
  const lensFigures: PageFigures['lens'] = {
    workMs: median(lens.map((l) => l.workMs)),
    wallMs: median(lens.map((l) => l.wallMs)),
    buildMs: median(lens.map((l) => l.buildMs)),
    highlights: lens[0]!.highlights,
    longestSliceMs: Math.max(...lens.map((l) => l.longestSliceMs)),
    longestTaskMs: longest(lens.map((l) => l.task)),
    firstMarkMs: median(lens.map((l) => l.firstMarkMs)),
    gaps: { start: median(lens.map((l) => l.startGapMs)), scroll: median(lens.map((l) => l.scrollGapMs)), card: median(lens.map((l) => l.cardGapMs)) },
    loaf: {
      start: medianOrNull(lens.map((l) => l.loaf.start)),
      scroll: medianOrNull(lens.map((l) => l.loaf.scroll)),
      card: medianOrNull(lens.map((l) => l.loaf.card)),
    },
    cardLookupMs: median(lens.map((l) => l.cardLookupMs)),
    heapBytes: medianOrNull(lens.map((l) => l.heapBytes)),
  };
  const engines: { firstMs: number; warmMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await fresh(browser, url);
    await page.addScript(files.lensScript);
    engines.push(await page.evaluate(inPageTask('window.benchLens.enginePasses()')));
    await page.close();
  }
  const engine = { firstMs: median(engines.map((e) => e.firstMs)), warmMs: median(engines.map((e) => e.warmMs)) };
  const base = {
    nodes: floors[0]!.nodes,
    chars: floors[0]!.chars,
    floorMs: median(floors.map((f) => f.ms)),
    floorScrollMs: median(floors.map((f) => f.scrollMs)),
    lens: lensFigures,
    engine,
  };
  if (!withMark) return base;

  const page = await fresh(browser, url);
  await page.addScript(files.lensScript);
  await page.addScript(files.markScript);
  // The dictionary as one alternation, escaped here (its fastest way to take many words).
  const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const mark = await page.evaluate<{ ms: number; marks: number }>(
    inPageTask(`(() => {
      const re = new RegExp(${JSON.stringify(source)}, 'g');
      const t0 = performance.now();
      let marks = 0;
      new window.Mark(document.body).markRegExp(re, { each: () => marks++ });
      return { ms: performance.now() - t0, marks };
    })()`),
  );
  const markTask = await page.evaluate<number | null>(LONGEST_TASK);
  await page.close();

  // mark.js as usually called with a word list: one pass over the page per word. Timed on a
  // sample of the dictionary and scaled to all of it, since the whole list takes minutes.
  const sample = words.filter((_, i) => i % Math.ceil(words.length / MARK_SAMPLE) === 0);
  const listPage = await fresh(browser, url);
  await listPage.addScript(files.markScript);
  const list = await listPage.evaluate<number>(`(() => {
    const t0 = performance.now();
    new window.Mark(document.body).mark(${JSON.stringify(sample)}, { separateWordSearch: false, diacritics: false });
    return performance.now() - t0;
  })()`);
  await listPage.close();

  return {
    ...base,
    markRegExp: { ms: mark.ms, marks: mark.marks, longestTaskMs: markTask },
    markList: { ms: list, words: sample.length, scaledMs: (list / sample.length) * words.length },
  };
}
