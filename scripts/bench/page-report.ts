// Prints the page bench with one column per browser, so the same figure reads across.
import type { PageFigures } from './page-measure';

export interface MeasuredBrowser {
  name: string;
  version: string;
  figures: PageFigures;
}

const ms = (v: number) => (Number.isNaN(v) ? 'n/a' : `${v.toFixed(1)} ms`);
const times = (v: number, digits: number) => `${v.toFixed(digits)}×`;
const task = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} ms`);
const loaf = (v: number | null) => (v === null ? 'n/a' : v === 0 ? '< 50 ms' : `${v.toFixed(0)} ms`);
const mb = (v: number | null) => (v === null ? 'n/a' : `${(v / 1024 / 1024).toFixed(1)} MB`);

export function printPageBench(
  page: { title: string; runs: number; words: number; frameTarget: number },
  measured: MeasuredBrowser[],
): void {
  const head = measured.map((m) => `${m.name} ${m.version}`).join(', ');
  console.log(`\n${page.title}, median of ${page.runs} — ${head}`);
  const row = (label: string, cell: (f: PageFigures) => string, note = '') =>
    console.log(`  ${label.padEnd(40)} ${measured.map((m) => cell(m.figures).padStart(12)).join(' ')}  ${note}`.trimEnd());
  console.log(`  ${''.padEnd(40)} ${measured.map((m) => m.name.padStart(12)).join(' ')}`);
  const first = measured[0]!.figures;
  const t = page.frameTarget;
  row('text nodes read', (f) => String(f.nodes));
  row('chars read', (f) => String(f.chars));
  row('floor: TreeWalker reading text', (f) => ms(f.floorMs));
  row('lens: view marked, rest scanned (work)', (f) => ms(f.lens.workMs), 'sum of time slices');
  row('lens: mentions found', (f) => String(f.lens.highlights));
  row('lens: start → all done (wall)', (f) => ms(f.lens.wallMs), 'visible part first, rest in idle time');
  row('lens: first marks in view', (f) => ms(f.lens.firstMarkMs), 'target ≤ 50 ms (1 MB page)');
  row('lens: detector build (once)', (f) => ms(f.lens.buildMs), 'one task before the first slice');
  row('ratio lens / floor', (f) => times(f.lens.workMs / f.floorMs, 1), 'target ≤ 2× (1 MB page)');
  row('engine alone, first pass', (f) => ms(f.engine.firstMs), "the page's text in 4 KB batches, fresh page");
  row('engine alone, warm (JIT-compiled)', (f) => ms(f.engine.warmMs), 'best of 3 later passes');
  row('ratio engine first / warm', (f) => times(f.engine.firstMs / f.engine.warmMs, 1), "what the lens's start pays for cold code");
  if (first.markRegExp && first.markList) {
    row(`mark.js markRegExp (${page.words} words)`, (f) => ms(f.markRegExp!.ms));
    row('mark.js: <mark> elements', (f) => String(f.markRegExp!.marks));
    row(`mark.js mark(list), ${first.markList.words} words`, (f) => ms(f.markList!.ms));
    row(`  scaled to ${page.words} words`, (f) => `${(f.markList!.scaledMs / 1000).toFixed(1)} s`);
    row('ratio mark.js list / lens (scaled)', (f) => times(f.markList!.scaledMs / f.lens.workMs, 0));
    row('ratio mark.js markRegExp / lens', (f) => times(f.markRegExp!.ms / f.lens.workMs, 1), 'target ≥ 10×');
    row('mark.js longest task', (f) => task(f.markRegExp!.longestTaskMs));
  }
  row('longest lens slice', (f) => ms(f.lens.longestSliceMs), "the lens's own clock");
  row('longest task during lens runs', (f) => task(f.lens.longestTaskMs), 'detector build included');
  row('longest frame, start (rAF gap)', (f) => ms(f.lens.gaps.start), `target ≤ ${t} ms`);
  row('longest frame, start (LoAF, rendering)', (f) => loaf(f.lens.loaf.start), `target ≤ ${t} ms`);
  row('longest frame, 60-jump scroll (rAF gap)', (f) => ms(f.lens.gaps.scroll), `target ≤ ${t} ms`);
  row('  the same scroll, page alone (rAF gap)', (f) => ms(f.floorScrollMs), 'floor: the browser scrolling the page');
  row('ratio scroll frame lens / page alone', (f) => times(f.lens.gaps.scroll / f.floorScrollMs, 1));
  row('longest frame, scroll (LoAF, rendering)', (f) => loaf(f.lens.loaf.scroll), `target ≤ ${t} ms`);
  row('card lookup (hit-test, n of N, next)', (f) => ms(f.lens.cardLookupMs), 'the card itself renders in the extension');
  row('longest frame, card lookup (rAF gap)', (f) => ms(f.lens.gaps.card), `target ≤ ${t} ms`);
  row('longest frame, card (LoAF, rendering)', (f) => loaf(f.lens.loaf.card), `target ≤ ${t} ms`);
  row('lens JS heap (after reading)', (f) => mb(f.lens.heapBytes), 'Chromium performance.memory, page-wide delta');
  const noTasks = measured.filter((m) => m.figures.lens.longestTaskMs === null).map((m) => m.name);
  if (noTasks.length > 0) {
    console.log(`  n/a: ${noTasks.join(', ')} has no Long Tasks, long-animation-frame or performance.memory; rAF gaps and slices are timed in every browser.`);
  }
}
