/**
 * The scroll test of highlights near the view, shared by the Chromium and Firefox suites: the page
 * is scrolled top to bottom in jumps, and at each stop, 100 ms after the jump, every place mention
 * the engine finds in the visible text must be marked. Page code goes in as strings (both drivers
 * take them, and tsx-compiled functions may call Node-only helpers).
 */
import { expect } from 'vitest';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';
import { MAX_RUN_LENGTH } from '../../entrypoints/content/reading/text-collector';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { cutPoints } from '../../lib/reading/text-cut';

/** Time a mention may take to be marked after it enters the view (issue 13). */
export const MARK_WITHIN_MS = 100;

export interface EvaluatingPage {
  evaluate<T>(expression: string): Promise<T>;
}

const registry = `(window.__probe ? window.__probe.highlights : CSS.highlights)`;

/** Page height and view height. */
export const PAGE_SIZE = `({ height: document.documentElement.scrollHeight, view: innerHeight })`;

/** After a jump to `y` and MARK_WITHIN_MS: for each fully visible block, its index and marked places. */
const paragraphStop = (y: number, blocks: string, tag: string) => `(async () => {
  scrollTo(0, ${y});
  await new Promise((r) => setTimeout(r, ${MARK_WITHIN_MS}));
  const ps = window.__ps ??= [...document.querySelectorAll('${blocks}')];
  const index = window.__pIndex ??= new Map(ps.map((p, i) => [p, i]));
  const counts = new Map();
  const h = ${registry}.get('shebao-place');
  if (h) h.forEach((r) => {
    const p = r.startContainer.parentElement && r.startContainer.parentElement.closest('${tag}');
    if (p && index.has(p)) counts.set(p, (counts.get(p) || 0) + 1);
  });
  const out = [];
  let lo = 0;
  for (let hi = ps.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ps.length; k++) {
    const p = ps[k];
    const b = p.getBoundingClientRect();
    if (b.top >= 0 && b.bottom <= innerHeight) out.push([index.get(p), counts.get(p) || 0]);
    if (b.top > innerHeight) break;
  }
  return { visible: out, registered: h ? h.size : 0 };
})()`;

/**
 * After a jump to `y` and MARK_WITHIN_MS: the visible offsets of #one's text and the starts of
 * marked places, counted in the whole text. Chromium's parser cuts text into nodes of 65 536
 * characters, so a node's offset is put after the nodes before it.
 */
const singleNodeStop = (y: number) => `(async () => {
  scrollTo(0, ${y});
  await new Promise((r) => setTimeout(r, ${MARK_WITHIN_MS}));
  const base = window.__nodeBase ??= (() => {
    const m = new Map();
    let sum = 0;
    for (const n of document.getElementById('one').childNodes) { m.set(n, sum); sum += n.length; }
    return m;
  })();
  const global = (node, offset) => (base.has(node) ? base.get(node) + offset : -1);
  const at = (x, yy) => {
    if (document.caretPositionFromPoint) { const p = document.caretPositionFromPoint(x, yy); return p ? global(p.offsetNode, p.offset) : -1; }
    const r = document.caretRangeFromPoint(x, yy); return r ? global(r.startContainer, r.startOffset) : -1;
  };
  const from = at(2, 2);
  const to = at(innerWidth - 20, innerHeight - 2);
  const starts = [];
  const h = ${registry}.get('shebao-place');
  if (h) h.forEach((r) => { const s = global(r.startContainer, r.startOffset); if (s >= from && s <= to) starts.push(s); });
  return { from, to, starts, registered: h ? h.size : 0 };
})()`;

function stops(height: number, view: number, count: number): number[] {
  const last = Math.max(0, height - view);
  const step = Math.max(view / 2, last / count);
  const out: number[] = [];
  for (let y = 0; y < last; y += step) out.push(Math.round(y));
  out.push(last);
  return out;
}

export interface ScrollReport {
  stops: number;
  /** Mentions expected in view and not marked 100 ms after the jump, as "stop y: what". */
  missing: string[];
  /** Largest number of place ranges registered at once. */
  mostRegistered: number;
  /** Paragraphs seen fully in view at some stop, with their places (the 1 MB page). */
  seenPlaces: number;
  /** Places the engine finds in all paragraphs (the 1 MB page). */
  expectedAll: number;
  expectedInView: number;
}

/**
 * A page of blocks (scripts/bench/seed-pages bigArticle, manyNodes): `blocks[i + 1]` is the text of
 * the i-th element `selector` finds, `tag` its tag. With `sampled`, that many stops spread over the
 * page instead of one per view height (then not every block is seen).
 */
export async function scrollParagraphs(page: EvaluatingPage, blocks: readonly string[], selector = 'article > p', tag = 'p', sampled?: number): Promise<ScrollReport> {
  const detector = bundledDetector();
  const expected = blocks.map((b) => detector.scan(b).mentions.filter((m) => m.kind === 'place').length);
  const { height, view } = await page.evaluate<{ height: number; view: number }>(PAGE_SIZE);
  const seen = new Map<number, number>();
  const expectedAll = expected.slice(1).reduce((a, b) => a + b, 0);
  const report: ScrollReport = { stops: 0, missing: [], mostRegistered: 0, seenPlaces: 0, expectedAll, expectedInView: 0 };
  // A stop per view height: every paragraph is fully in view at one stop or another.
  for (const y of stops(height, view, sampled ?? Math.ceil(height / (view * 0.9)))) {
    const r = await page.evaluate<{ visible: [number, number][]; registered: number }>(paragraphStop(y, selector, tag));
    report.stops++;
    report.mostRegistered = Math.max(report.mostRegistered, r.registered);
    for (const [i, marked] of r.visible) {
      const want = expected[i + 1]!;
      report.expectedInView += want;
      if (marked !== want) report.missing.push(`y ${y}: paragraph ${i} has ${marked} of ${want} places marked`);
      seen.set(i, marked);
    }
  }
  for (const marked of seen.values()) report.seenPlaces += marked;
  return report;
}

/** Place mentions of one long text node as the content script reads it: cut into runs, each scanned. */
export function singleNodePlaces(text: string): { start: number; end: number }[] {
  const scan = pageDetector(bundledDetector());
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const to of cutPoints(text, MAX_RUN_LENGTH)) {
    for (const m of scan.scanRun([text.slice(from, to)])) if (m.kind === 'place') out.push({ start: from + m.start, end: from + m.end });
    from = to;
  }
  return out;
}

/**
 * The 3 MB single-node page (seed-pages singleTextNode): `count` stops spread over it, or with
 * `jumpViews`, `count` stops from the top that far apart (in view heights).
 */
export async function scrollSingleNode(page: EvaluatingPage, text: string, count = 100, jumpViews?: number): Promise<ScrollReport> {
  const places = singleNodePlaces(text);
  const { height, view } = await page.evaluate<{ height: number; view: number }>(PAGE_SIZE);
  const report: ScrollReport = { stops: 0, missing: [], mostRegistered: 0, seenPlaces: 0, expectedAll: places.length, expectedInView: 0 };
  const at = jumpViews ? Array.from({ length: count }, (_, k) => Math.round(k * jumpViews * view)) : stops(height, view, count);
  for (const y of at) {
    const r = await page.evaluate<{ from: number; to: number; starts: number[]; registered: number }>(singleNodeStop(y));
    report.stops++;
    report.mostRegistered = Math.max(report.mostRegistered, r.registered);
    const marked = new Set(r.starts);
    // A line's worth of slack at each edge: the caret's offsets there are approximate.
    for (const p of places) {
      if (p.start < r.from + 60 || p.end > r.to - 60) continue;
      report.expectedInView++;
      if (!marked.has(p.start)) report.missing.push(`y ${y}: ${text.slice(p.start, p.end)} at ${p.start} not marked`);
    }
  }
  return report;
}

/**
 * The 100 000-node page's promise in both browsers: at 80 stops spread over it (about one in eight
 * views; the 1 MB article is checked at every view height) each fully visible row has all its places.
 */
export async function expectManyNodesMarked(page: EvaluatingPage, blocks: readonly string[]): Promise<void> {
  const report = await scrollParagraphs(page, blocks, 'body > div', 'div', 80);
  console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
  expect(report.stops).toBeGreaterThanOrEqual(80);
  // Rows are short and places sparse (about 1.7 fully visible per 720-px stop): most stops check one.
  expect(report.expectedInView).toBeGreaterThan(report.stops);
  expect(report.missing.slice(0, 10)).toEqual([]);
  expect(report.mostRegistered).toBeLessThan(report.expectedAll / 4);
}
