/**
 * The scroll test on a page whose blocks do not all scroll with the document (seed-pages
 * layoutPage: a sticky heading, a scroll container, a transformed stretch, a sidebar beside the
 * article, a fixed footer),
 * shared by the Chromium and Firefox suites. At each stop, MARK_WITHIN_MS after the move, every
 * block wholly visible — in the view and, inside the scroll container, within its box — must have
 * all its places marked. Moves: the document scrolled, the container scrolled, the transformed
 * stretch slid, and content put above the view without any scrolling (the page shifts under the reader).
 */
import { expect } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { MARK_WITHIN_MS, PAGE_SIZE, type EvaluatingPage, type ScrollReport } from './scroll-marks';

const registry = `(window.__probe ? window.__probe.highlights : CSS.highlights)`;

/** After `move` and MARK_WITHIN_MS: each wholly visible block's index (data-i) and marked places. */
const layoutStop = (move: string) => `(async () => {
  ${move};
  await new Promise((r) => setTimeout(r, ${MARK_WITHIN_MS}));
  const counts = new Map();
  const h = ${registry}.get('shebao-place');
  if (h) h.forEach((r) => {
    const b = r.startContainer.parentElement && r.startContainer.parentElement.closest('.b');
    if (b) counts.set(b, (counts.get(b) || 0) + 1);
  });
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const b of document.querySelectorAll('.b')) {
    const r = b.getBoundingClientRect();
    if (r.height === 0) continue;
    let top = 0, bottom = innerHeight;
    const box = b.parentElement.closest('.box');
    if (box) { const c = box.getBoundingClientRect(); top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom); }
    // Half a pixel of slack: Firefox puts a fixed footer's bottom a hair below the view's.
    if (r.top >= top - 0.5 && r.bottom <= bottom + 0.5 && r.left >= 0 && r.right <= width + 0.5) out.push([Number(b.dataset.i), counts.get(b) || 0]);
  }
  return { visible: out, registered: h ? h.size : 0 };
})()`;

/** Where the scroll container and the sticky heading sit in the document, and the page's size. */
const LANDMARKS = `(() => {
  const top = (el) => el.getBoundingClientRect().top + scrollY;
  const box = document.querySelector('.box');
  return { box: top(box), boxScroll: box.scrollHeight - box.clientHeight, stick: top(document.querySelector('.stick')), slide: top(document.querySelector('.slide')) };
})()`;

export interface LayoutReport extends ScrollReport {
  /** Blocks seen wholly visible, by where they are: sticky, fixed, in the container, in the sidebar. */
  seen: { sticky: boolean; fixed: boolean; inBox: number; aside: number; slid: number };
}

/** Scrolls the layout page through `count` stops and the special moves; `blocks` as layoutPage gives them. */
export async function scrollLayout(page: EvaluatingPage, blocks: readonly string[], count = 25): Promise<LayoutReport> {
  const detector = bundledDetector();
  const expected = blocks.map((b) => detector.scan(b).mentions.filter((m) => m.kind === 'place').length);
  const { height, view } = await page.evaluate<{ height: number; view: number }>(PAGE_SIZE);
  const marks = await page.evaluate<{ box: number; boxScroll: number; stick: number; slide: number }>(LANDMARKS);
  const kinds = await page.evaluate<{ box: number[]; aside: number[]; slide: number[]; sticky: number; fixed: number }>(`(() => {
    const of = (s) => [...document.querySelectorAll(s)].map((b) => Number(b.dataset.i));
    return { box: of('.box .b'), aside: of('aside .b'), slide: of('.slide .b'), sticky: of('.stick')[0], fixed: of('footer.b')[0] };
  })()`);
  const inBox = new Set(kinds.box);
  const inAside = new Set(kinds.aside);
  const inSlide = new Set(kinds.slide);
  const report: LayoutReport = {
    stops: 0,
    missing: [],
    mostRegistered: 0,
    seenPlaces: 0,
    expectedAll: expected.reduce((a, b) => a + b, 0),
    expectedInView: 0,
    seen: { sticky: false, fixed: false, inBox: 0, aside: 0, slid: 0 },
  };
  let sliding = false;
  const seen = new Set<number>();
  const check = async (label: string, move: string) => {
    const r = await page.evaluate<{ visible: [number, number][]; registered: number }>(layoutStop(move));
    report.stops++;
    report.mostRegistered = Math.max(report.mostRegistered, r.registered);
    for (const [i, marked] of r.visible) {
      const want = expected[i]!;
      report.expectedInView += want;
      if (marked !== want) report.missing.push(`${label}: block ${i} has ${marked} of ${want} places marked`);
      if (seen.has(i)) continue;
      seen.add(i);
      if (i === kinds.sticky) report.seen.sticky = true;
      if (i === kinds.fixed) report.seen.fixed = true;
      if (inBox.has(i)) report.seen.inBox++;
      if (inAside.has(i)) report.seen.aside++;
      if (sliding && inSlide.has(i)) report.seen.slid++;
    }
  };
  const last = Math.max(0, height - view);
  // The sidebar (beside the top), then stops spread over the page, the sticky heading stuck.
  for (let k = 0; k <= count; k++) {
    const y = k < 3 ? 2800 + k * view : Math.round((last * k) / count);
    await check(`y ${y}`, `scrollTo(0, ${y})`);
  }
  await check(`stuck heading`, `scrollTo(0, ${Math.round(marks.stick + view * 3)})`);
  // The container in view, then scrolled inside to its middle and its end.
  const boxY = Math.round(marks.box - view / 4);
  await check(`container at top`, `scrollTo(0, ${boxY})`);
  await check(`container middle`, `document.querySelector('.box').scrollTop = ${Math.round(marks.boxScroll / 2)}`);
  await check(`container end`, `document.querySelector('.box').scrollTop = ${marks.boxScroll}`);
  // The transformed stretch moved up by 1500 px, as a carousel moves its slides: no scroll, no resize.
  await check(`before the slide`, `scrollTo(0, ${Math.round(marks.slide)})`);
  sliding = true;
  await check(`slid 1500 px`, `document.querySelector('.slide').style.transform = 'translateY(-1500px)'`);
  sliding = false;
  // Content put at the top of the article: everything below moves down 3000 px with no scroll event.
  // Low on the page, where blocks are past the thousand the IntersectionObserver watches.
  const y = Math.round(last * 0.85);
  await check(`before insertion at y ${y}`, `scrollTo(0, ${y})`);
  await check(`after insertion at y ${y}`, `document.querySelector('main').prepend(Object.assign(document.createElement('div'), { style: 'height:3000px' }))`);
  return report;
}

/** The layout test's promise, the same in both browsers: every block in view marked, each kind of block seen. */
export async function expectLayoutMarked(page: EvaluatingPage, blocks: readonly string[]): Promise<void> {
  const report = await scrollLayout(page, blocks);
  console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`, report.seen);
  expect(report.missing.slice(0, 10)).toEqual([]);
  expect(report.seen).toMatchObject({ sticky: true, fixed: true });
  expect(report.seen.inBox).toBeGreaterThan(5);
  expect(report.seen.aside).toBeGreaterThan(5);
  expect(report.seen.slid).toBeGreaterThan(2);
  expect(report.mostRegistered).toBeLessThan(report.expectedAll / 4);
}
