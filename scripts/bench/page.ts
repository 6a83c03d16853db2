/**
 * Page bench, on one ≥ 1 MB seed-derived page (≥ 20 000 text nodes), in headless Chromium and then
 * headless Firefox, one browser at a time on this 2-core machine:
 *  - lens: the content script's annotator + detector, from start to every run highlighted;
 *  - mark.js: the same dictionary as one alternation RegExp (its fastest way to take many words);
 *  - floor: a bare TreeWalker pass reading every text node.
 * A browser that cannot launch or run is reported and left out; the others still print. Also
 * prints the content-script bundle size, gzipped.
 *
 * BENCH_PAGES (big, single, many, storm; comma-separated) and BENCH_BROWSERS (chromium, firefox)
 * narrow a run to what is being worked on, e.g. `BENCH_PAGES=big BENCH_BROWSERS=chromium`.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, startFixtureServer } from '../../tests/browser/harness';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import type { BenchBrowser } from './bench-browser';
import { launchChromiumBench } from './chromium-bench-browser';
import { launchFirefoxBench } from './firefox-bench-browser';
import { measurePage, RUNS, type BenchFiles } from './page-measure';
import { printPageBench, type MeasuredBrowser } from './page-report';
import { bigArticle, manyNodes, singleTextNode } from './seed-pages';
import { measureStorm, printStorm, stormPage, type StormFigures } from './storm';

const OUT = path.join(ROOT, 'test-output/bench-page');
/** The names in an env var's comma-separated list, or null (take everything) when it is unset. */
const chosen = (variable: string): Set<string> | null => {
  const value = process.env[variable]?.trim();
  return value ? new Set(value.toLowerCase().split(',').map((s) => s.trim())) : null;
};
const onlyBrowsers = chosen('BENCH_BROWSERS');
const onlyPages = chosen('BENCH_PAGES');
const BROWSERS: { name: string; launch: () => Promise<BenchBrowser> }[] = [
  { name: 'Chromium', launch: launchChromiumBench },
  { name: 'Firefox', launch: launchFirefoxBench },
].filter((b) => !onlyBrowsers || onlyBrowsers.has(b.name.toLowerCase()));

/** The pages: the 1 MB article (mark.js beside it), then the 3 MB single text node and 200 000 nodes. */
const PAGES = [
  { file: 'big.html', mark: true, runs: RUNS, frameTarget: 50 },
  { file: 'single.html', mark: false, runs: 1, frameTarget: 100 },
  { file: 'many.html', mark: false, runs: 1, frameTarget: 100 },
].filter((p) => !onlyPages || onlyPages.has(p.file.replace('.html', '')));
const withStorm = !onlyPages || onlyPages.has('storm');

async function prepare(): Promise<Record<string, string>> {
  mkdirSync(OUT, { recursive: true });
  const page = bigArticle();
  writeFileSync(path.join(OUT, 'big.html'), page.html);
  const single = singleTextNode();
  writeFileSync(path.join(OUT, 'single.html'), single.html);
  const many = manyNodes(200_000);
  writeFileSync(path.join(OUT, 'many.html'), many.html);
  writeFileSync(path.join(OUT, 'storm.html'), stormPage());
  await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/page-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    outfile: path.join(OUT, 'lens.js'),
    logLevel: 'error',
  });
  copyFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), path.join(OUT, 'mark.min.js'));
  const size = (html: string) => `${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB`;
  return {
    'big.html': `Page bench — ${size(page.html)} article, ${page.textNodes} text nodes generated`,
    'single.html': `Page bench — ${size(single.html)} in one text node`,
    'many.html': `Page bench — 200 000 nodes (${size(many.html)})`,
  };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export async function runPageBench(): Promise<void> {
  const titles = await prepare();
  const server = await startFixtureServer(OUT);
  const files: Omit<BenchFiles, 'url'> = {
    lensScript: path.join(OUT, 'lens.js'),
    markScript: path.join(OUT, 'mark.min.js'),
    words: [...bundledDetector().patternTexts].sort((a, b) => b.length - a.length),
  };
  const measured = new Map<string, MeasuredBrowser[]>(PAGES.map((p) => [p.file, []]));
  const missing: string[] = [];
  const storms: { name: string; storm: StormFigures }[] = [];
  try {
    for (const { name, launch } of BROWSERS) {
      let browser: BenchBrowser;
      try {
        browser = await launch();
      } catch (error) {
        missing.push(`  ${name}: could not launch, not measured — ${firstLine(error)}`);
        continue;
      }
      try {
        const version = await browser.version();
        for (const p of PAGES) {
          const figures = await measurePage(browser, { ...files, url: server.url(p.file) }, p.runs, p.mark);
          measured.get(p.file)!.push({ name, version, figures });
        }
        if (withStorm) storms.push({ name, storm: await measureStorm(browser, server.url('storm.html'), files.lensScript) });
      } catch (error) {
        missing.push(`  ${name}: the page bench failed there, not measured — ${firstLine(error)}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  for (const p of PAGES) {
    const m = measured.get(p.file)!;
    if (m.length > 0) printPageBench({ title: titles[p.file]!, runs: p.runs, words: files.words.length, frameTarget: p.frameTarget }, m);
    else console.log(`\n${titles[p.file]} — no browser could run it`);
  }
  if (storms.length) printStorm(storms);
  for (const line of missing) console.log(line);
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
