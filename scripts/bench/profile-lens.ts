/**
 * `npm run bench:profile`: one lens run on the page bench's big page in headless Chromium, under the
 * DevTools CPU profiler and a timeline trace, to see where the lens's time goes (the bench only
 * says how much). Prints self time by function, inclusive time of the lens's own functions, and
 * every main-thread task over 8 ms with what it spent its time on. Run `npm run bench` once first
 * (it writes the page); this script bundles the lens unminified so function names survive.
 */
import { build } from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchWithExtension, ROOT, startFixtureServer } from '../../tests/browser/harness';
import { MANIFEST_CSS } from './page-measure';
import { bigArticle } from './seed-pages';

const OUT = path.join(ROOT, 'test-output/bench-page');
const LENS = path.join(OUT, 'lens-profile.js');
/** Rows per table (PROFILE_ROWS, default 30). */
const ROWS = Number(process.env.PROFILE_ROWS) || 30;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
}

const label = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'}${f.url ? ` ${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;

function report(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]!)!;
    const name = label(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    // Inclusive: once per distinct function on the stack.
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!.callFrame);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, n: number, keep: (k: string) => boolean = () => true) =>
    [...m].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\nself time (ms), top ${ROWS}`);
  for (const [k, v] of top(self, ROWS)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  console.log(`\ninclusive time (ms), lens functions, top ${ROWS}`);
  for (const [k, v] of top(total, ROWS, (k) => k.includes('lens-profile.js'))) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
}

function tasks(events: TraceEvent[]): void {
  // Several renderers may run (a blank first tab, the page): the page's main thread is the
  // CrRendererMain that ran the most task time.
  const mains = events.filter((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const isTask = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && e.name === 'ThreadControllerImpl::RunTask';
  const busy = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && isTask(e)).reduce((n, e) => n + e.dur!, 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
  const top = onMain.filter(isTask);
  console.log('\nmain-thread tasks over 8 ms: duration, then the largest events inside');
  let sum = 0;
  for (const t of top) {
    sum += t.dur! / 1000;
    if (t.dur! < 8000) continue;
    const inner = new Map<string, number>();
    for (const e of onMain) {
      if (e === t || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur! / 1000);
    }
    const parts = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    console.log(`  ${(t.dur! / 1000).toFixed(1).padStart(7)} ms  ${parts.join(', ')}`);
  }
  console.log(`  all tasks: ${top.length}, ${sum.toFixed(0)} ms`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(OUT, 'big.html'))) writeFileSync(path.join(OUT, 'big.html'), bigArticle().html);
  await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    keepNames: true,
    outfile: LENS,
    logLevel: 'error',
  });
  const server = await startFixtureServer(OUT);
  const browser = await launchWithExtension({ extensionDir: null });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(MANIFEST_CSS);
    await page.goto(server.url('big.html'), { waitUntil: 'load' });
    await sleep(300);
    await page.addScriptTag({ path: LENS });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink'] },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(
      () => new Promise((resolve) => setTimeout(() => resolve((window as unknown as { benchLens: { runLens(): unknown } }).benchLens.runLens()), 0)),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    console.log('lens run:', JSON.stringify(result));
    report(profile);
    tasks(events);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
