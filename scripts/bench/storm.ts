/**
 * The re-render storm (issue 13): an article whose innerHTML a framework replaces every 100 ms.
 * Measured for 5 s on the page alone and with the lens: the renderer's main-thread CPU time
 * (Chromium) and the share of frames in which a mark sits on text still in the page.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBrowser } from './bench-browser';
import { seedParagraphs } from './seed-pages';

const STORM_MS = 5000;

export function stormPage(): string {
  const paragraphs = seedParagraphs().slice(0, 60);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>重绘风暴 · 九江医保</title></head><body>
<article id="a"></article>
<script>
  const paragraphs = ${JSON.stringify(paragraphs)};
  let n = 0;
  const render = () => {
    n++;
    let html = '';
    for (let i = 0; i < 30; i++) html += '<p>' + paragraphs[(n + i) % paragraphs.length] + '</p>';
    document.getElementById('a').innerHTML = html;
  };
  render();
  setInterval(render, 100);
</script></body></html>`;
}

export interface StormFigures {
  aloneCpuMs: number | null;
  lensCpuMs: number | null;
  markedShare: number;
}

export async function measureStorm(browser: BenchBrowser, url: string, lensScript: string): Promise<StormFigures> {
  const alone = await browser.open(url, '');
  await sleep(500);
  const a0 = await alone.cpuMs();
  await sleep(STORM_MS);
  const a1 = await alone.cpuMs();
  await alone.close();

  const page = await browser.open(url, '');
  await page.addScript(lensScript);
  await page.evaluate('window.benchLens.startLens()');
  await sleep(500);
  const l0 = await page.cpuMs();
  const markedShare = await page.evaluate<number>(`window.benchLens.markedShare(${STORM_MS})`);
  const l1 = await page.cpuMs();
  await page.close();
  return {
    aloneCpuMs: a0 === null || a1 === null ? null : a1 - a0,
    lensCpuMs: l0 === null || l1 === null ? null : l1 - l0,
    markedShare,
  };
}

export function printStorm(measured: { name: string; storm: StormFigures }[]): void {
  console.log(`\nRe-render storm — 30 paragraphs replaced by innerHTML every 100 ms, ${STORM_MS / 1000} s`);
  const cpu = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(0)} ms`);
  const row = (label: string, cell: (s: StormFigures) => string) =>
    console.log(`  ${label.padEnd(40)} ${measured.map((m) => cell(m.storm).padStart(12)).join(' ')}`);
  console.log(`  ${''.padEnd(40)} ${measured.map((m) => m.name.padStart(12)).join(' ')}`);
  row('main-thread CPU, page alone', (s) => cpu(s.aloneCpuMs));
  row('main-thread CPU, page + lens', (s) => cpu(s.lensCpuMs));
  row('ratio (page + lens) / page', (s) => (s.aloneCpuMs && s.lensCpuMs !== null ? `${(s.lensCpuMs / s.aloneCpuMs).toFixed(2)}×` : 'n/a'));
  row('frames with a live mark', (s) => `${(s.markedShare * 100).toFixed(1)} %`);
}
