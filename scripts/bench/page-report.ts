// Prints the page bench with one column per browser, so the same figure reads across.
import type { PageFigures } from './page-measure';

export interface MeasuredBrowser {
  name: string;
  version: string;
  figures: PageFigures;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const times = (v: number, digits: number) => `${v.toFixed(digits)}×`;
const task = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} ms`);

export function printPageBench(page: { bytes: number; textNodes: number; runs: number; words: number }, measured: MeasuredBrowser[]): void {
  const head = measured.map((m) => `${m.name} ${m.version}`).join(', ');
  console.log(`\nPage bench — ${(page.bytes / 1024 / 1024).toFixed(2)} MB page, ${page.textNodes} text nodes generated, median of ${page.runs} — ${head}`);
  const row = (label: string, cell: (f: PageFigures) => string, note = '') =>
    console.log(`  ${label.padEnd(36)} ${measured.map((m) => cell(m.figures).padStart(12)).join(' ')}  ${note}`.trimEnd());
  console.log(`  ${''.padEnd(36)} ${measured.map((m) => m.name.padStart(12)).join(' ')}`);
  const first = measured[0]!.figures;
  row('text nodes read', (f) => String(f.nodes));
  row('chars read', (f) => String(f.chars));
  row('floor: TreeWalker reading text', (f) => ms(f.floorMs));
  row('lens: scan + highlight (work)', (f) => ms(f.lens.workMs), 'sum of time slices');
  row('lens: highlights', (f) => String(f.lens.highlights));
  row('lens: start → all done (wall)', (f) => ms(f.lens.wallMs), 'visible part first, rest in idle time');
  row('lens: detector build (once)', (f) => ms(f.lens.buildMs), 'one task before the first slice');
  row(`mark.js markRegExp (${page.words} words)`, (f) => ms(f.markRegExp.ms));
  row('mark.js: <mark> elements', (f) => String(f.markRegExp.marks));
  row(`mark.js mark(list), ${first.markList.words} words`, (f) => ms(f.markList.ms));
  row(`  scaled to ${page.words} words`, (f) => `${(f.markList.scaledMs / 1000).toFixed(1)} s`);
  row('ratio mark.js list / lens (scaled)', (f) => times(f.markList.scaledMs / f.lens.workMs, 0));
  row('ratio mark.js / lens', (f) => times(f.markRegExp.ms / f.lens.workMs, 1), 'target ≥ 30×');
  row('ratio lens / floor', (f) => times(f.lens.workMs / f.floorMs, 1), 'target ≤ 2×');
  row('longest lens slice', (f) => ms(f.lens.longestSliceMs), "the lens's own clock");
  row('longest task during lens runs', (f) => task(f.lens.longestTaskMs), 'target < 50, detector build included');
  row('mark.js longest task', (f) => task(f.markRegExp.longestTaskMs));
  const noTasks = measured.filter((m) => m.figures.lens.longestTaskMs === null).map((m) => m.name);
  if (noTasks.length > 0) {
    console.log(`  n/a: ${noTasks.join(', ')} has no Long Tasks API ('longtask' is not in PerformanceObserver.supportedEntryTypes), so no task length is observable there; the lens's slices are timed in every browser.`);
  }
}
