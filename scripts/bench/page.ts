/**
 * Page bench, on one ≥ 1 MB seed-derived page (≥ 20 000 text nodes), in headless Chromium and then
 * headless Firefox, one browser at a time on this 2-core machine:
 *  - lens: the content script's annotator + detector, from start to every run highlighted;
 *  - mark.js: the same dictionary as one alternation RegExp (its fastest way to take many words);
 *  - floor: a bare TreeWalker pass reading every text node.
 * A browser that cannot launch or run is reported and left out; the others still print. Also
 * prints the content-script bundle size, gzipped.
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
import { bigArticle } from './seed-pages';

const OUT = path.join(ROOT, 'test-output/bench-page');
const BROWSERS: { name: string; launch: () => Promise<BenchBrowser> }[] = [
  { name: 'Chromium', launch: launchChromiumBench },
  { name: 'Firefox', launch: launchFirefoxBench },
];

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

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export async function runPageBench(): Promise<void> {
  const { bytes, textNodes } = await prepare();
  const server = await startFixtureServer(OUT);
  const files: BenchFiles = {
    url: server.url('big.html'),
    lensScript: path.join(OUT, 'lens.js'),
    markScript: path.join(OUT, 'mark.min.js'),
    words: [...bundledDetector().patternTexts].sort((a, b) => b.length - a.length),
  };
  const measured: MeasuredBrowser[] = [];
  const missing: string[] = [];
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
        measured.push({ name, version: await browser.version(), figures: await measurePage(browser, files) });
      } catch (error) {
        missing.push(`  ${name}: the page bench failed there, not measured — ${firstLine(error)}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  if (measured.length > 0) printPageBench({ bytes, textNodes, runs: RUNS, words: files.words.length }, measured);
  else console.log('\nPage bench — no browser could run it');
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
