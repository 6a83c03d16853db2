// Bundled by scripts/bench/page.ts into one script for the bench page: the content script's own
// annotator and detector, run in the page so the same run can time mark.js and the floor beside it.
import { loadDetector } from '../../lib/matcher/detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { detectorFiles } from '../../lib/bundle/detector-files';
import { Annotator } from '../../entrypoints/content/reading/annotator';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';
import { hitAt, boxesOf } from '../../entrypoints/content/card/hit-test';
import { collectRuns, joinRuns, runLength, type Run } from '../../entrypoints/content/reading/text-collector';

interface LensResult {
  buildMs: number;
  workMs: number;
  wallMs: number;
  longestSliceMs: number;
  highlights: number;
  /** From start to the first frame that paints one of our marks. */
  firstMarkMs: number;
  /** Longest gap between animation frames while the lens read the page, and while scrolling through it. */
  startGapMs: number;
  scrollGapMs: number;
  /** Hit-test under the pointer and the card's "n of N" for a mention in view. */
  cardLookupMs: number;
  cardGapMs: number;
  /** JS heap the lens added (Chromium's performance.memory), or null. */
  heapBytes: number | null;
  /** performance.now() of each phase's start and end, to pick long animation frames by phase. */
  phases: { start: [number, number]; scroll: [number, number]; card: [number, number] };
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** The longest gap between animation frames until stopped. */
function watchFrames(): () => number {
  let last = performance.now();
  let longest = 0;
  let on = true;
  const tick = (t: number) => {
    longest = Math.max(longest, t - last);
    last = t;
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    on = false;
    return Math.max(longest, performance.now() - last);
  };
}

/**
 * Through the page in 60 jumps, one a frame, then back to the top; the longest frame. Also run on
 * the page alone (no lens), so the browser's own cost of scrolling the page reads beside ours.
 */
async function scrollThrough(): Promise<number> {
  const stop = watchFrames();
  const height = document.documentElement.scrollHeight - innerHeight;
  for (let i = 1; i <= 60; i++) {
    scrollTo(0, (height * i) / 60);
    await frame();
  }
  scrollTo(0, 0);
  await frame();
  await frame();
  return stop();
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

async function runLens(): Promise<LensResult> {
  const heap0 = heap();
  const t0 = performance.now();
  const built = loadDetector(pageDetectorData(detectorFiles()))!;
  const detector = pageDetector(built);
  const buildMs = performance.now() - t0;
  const kinds = new Set(['place', 'topic', 'claim'] as const);
  const annotator = new Annotator({ detector, isOwnUi: () => false, kinds });
  // A page the browser has already laid out, as at document_idle: the forced layout is not ours.
  document.body.getBoundingClientRect();
  const stopStart = watchFrames();
  const start = performance.now();
  let firstMarkMs = NaN;
  const watchFirst = (t: number) => {
    if (annotator.index.size > 0 && [...CSS.highlights.values()].some((h) => h.size > 0)) firstMarkMs = t - start;
    else requestAnimationFrame(watchFirst);
  };
  requestAnimationFrame(watchFirst);
  annotator.start(document);
  await annotator.scheduler.whenIdle();
  annotator.commitNow();
  await annotator.scheduler.whenIdle();
  const wallMs = performance.now() - start;
  const startGapMs = stopStart();
  const startEnd = performance.now();
  const heapBytes = heap0 === null ? null : heap()! - heap0;

  const scrollStart = performance.now();
  const scrollGapMs = await scrollThrough();
  const scrollEnd = performance.now();

  // A card's lookup for the first mention in view: what the pointer's frame does before the card renders.
  const cardStart = performance.now();
  const stopCard = watchFrames();
  const target = annotator.index.firstShown((h) => {
    const b = boxesOf(h)[0];
    return b !== undefined && b.top >= 0 && b.bottom <= innerHeight;
  });
  let cardLookupMs = NaN;
  if (target) {
    const b = boxesOf(target)[0]!;
    const l0 = performance.now();
    const hit = hitAt(document, annotator.index, (b.left + b.right) / 2, (b.top + b.bottom) / 2, annotator.shadowRoots, () => true);
    if (hit) annotator.index.position(hit, kinds);
    annotator.index.total(kinds);
    annotator.index.step(hit, 1, kinds);
    cardLookupMs = performance.now() - l0;
  }
  await frame();
  await frame();
  const cardGapMs = stopCard();
  return {
    buildMs,
    workMs: annotator.scheduler.workMs,
    wallMs,
    longestSliceMs: annotator.scheduler.longestSliceMs,
    highlights: annotator.index.size,
    firstMarkMs,
    startGapMs,
    scrollGapMs,
    cardLookupMs,
    cardGapMs,
    heapBytes,
    phases: { start: [start, startEnd], scroll: [scrollStart, scrollEnd], card: [cardStart, performance.now()] },
  };
}

/** Starts the lens and leaves it running (the storm bench). */
function startLens(): void {
  const detector = pageDetector(loadDetector(pageDetectorData(detectorFiles()))!);
  new Annotator({ detector, isOwnUi: () => false, kinds: new Set(['place', 'topic', 'claim'] as const) }).start(document);
}

/** Share of animation frames over `ms` in which a mark sits on text still in the page. */
async function markedShare(ms: number): Promise<number> {
  let frames = 0;
  let marked = 0;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    await frame();
    frames++;
    let live = false;
    CSS.highlights.get('shebao-place')?.forEach((r) => void (live ||= r.startContainer.isConnected));
    if (live) marked++;
  }
  return marked / frames;
}

/**
 * The detector alone on the page's text, in batches as the annotator reads it, on a fresh page:
 * its first pass (the JIT has not compiled it yet, as when the lens starts) and a later one.
 */
function enginePasses(): { firstMs: number; warmMs: number } {
  const detector = pageDetector(loadDetector(pageDetectorData(detectorFiles()))!);
  // The runs joined into ~4 KB texts, as the annotator's batches are (its BATCH_CHARS).
  const batches: string[] = [];
  let batch: Run[] = [];
  let chars = 0;
  for (const run of collectRuns(document.body, { isOwnUi: () => false })) {
    batch.push(run);
    chars += runLength(run);
    if (chars >= 4096) {
      batches.push(joinRuns(batch).text);
      batch = [];
      chars = 0;
    }
  }
  batches.push(joinRuns(batch).text);
  const pass = () => {
    const t0 = performance.now();
    for (const b of batches) detector.scanText(b);
    return performance.now() - t0;
  };
  const firstMs = pass();
  let warmMs = Infinity;
  for (let i = 0; i < 3; i++) warmMs = Math.min(warmMs, pass());
  return { firstMs, warmMs };
}

(window as unknown as { benchLens: unknown }).benchLens = { runLens, startLens, markedShare, scrollThrough, enginePasses };
