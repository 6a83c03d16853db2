// Highlights near the view only (issue 13), in Firefox: the same scroll checks as
// tests/browser/viewport-marks.test.ts on the 1 MB article, the 100 000-node page, the mixed layout
// and the 3 MB single text node.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticle, layoutPage, manyNodes, singleTextNode } from '../../scripts/bench/seed-pages';
import { expectLayoutMarked } from '../browser/layout-marks';
import { expectManyNodesMarked, scrollParagraphs, scrollSingleNode, type EvaluatingPage } from '../browser/scroll-marks';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-harness';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { setView } from './firefox-viewport';

const SERVED = 'test-output/viewport-pages-firefox';
const big = bigArticle();
const single = singleTextNode();
const many = manyNodes();
const layout = layoutPage();

const evaluating = (page: Page): EvaluatingPage => ({ evaluate: <T>(e: string) => page.evaluate(e) as Promise<T> });

describe('highlights near the view, Firefox', () => {
  let firefox: FirefoxWithExtension;
  let fixtures: FixtureServer;

  beforeAll(async () => {
    mkdirSync(SERVED, { recursive: true });
    writeFileSync(`${SERVED}/big.html`, big.html);
    writeFileSync(`${SERVED}/single.html`, single.html);
    writeFileSync(`${SERVED}/many-nodes.html`, many.html);
    writeFileSync(`${SERVED}/layout.html`, layout.html);
    fixtures = await serveFixtures(SERVED);
    firefox = await launchFirefoxWithExtension({ extensionDir: '.output/firefox-mv3' });
  });

  afterAll(async () => {
    await firefox?.close();
    await fixtures?.close();
  });

  /** The page, once the lens has marked something and had time to read the rest; a tall view as in Chromium's test. */
  async function open(file: string): Promise<Page> {
    const page = await firefox.newPage();
    await setView(page, 1100, 1440);
    await page.goto(fixtures.url(file));
    await page.waitForFunction(() => (CSS.highlights.get('shebao-place')?.size ?? 0) > 0, { timeout: 20_000, polling: 100 });
    await new Promise((r) => setTimeout(r, 4000));
    return page;
  }

  it('1 MB article: at every stop each fully visible paragraph has all its places marked; every place is marked somewhere', async () => {
    const page = await open('big.html');
    const report = await scrollParagraphs(evaluating(page), big.blocks);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.missing.slice(0, 10)).toEqual([]);
    expect(report.seenPlaces).toBe(report.expectedAll);
    expect(report.mostRegistered).toBeLessThan(report.expectedAll / 4);
    await page.close();
  }, 300_000);

  it('100 000 nodes: at 80 stops from top to bottom each fully visible row has all its places marked', async () => {
    const page = await open('many-nodes.html');
    await expectManyNodesMarked(evaluating(page), many.blocks);
    await page.close();
  }, 300_000);

  it('mixed layout: sticky, fixed, scroll-container and sidebar blocks in view are marked, also after content moves without a scroll', async () => {
    const page = await open('layout.html');
    await expectLayoutMarked(evaluating(page), layout.blocks);
    await page.screenshot({ path: 'test-output/screenshots/firefox-viewport-layout.png' });
    await page.close();
  }, 300_000);

  it('3 MB single text node: at every stop the places in view are marked', async () => {
    const page = await open('single.html');
    const report = await scrollSingleNode(evaluating(page), single.text);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.expectedInView).toBeGreaterThan(report.stops * 3);
    expect(report.missing.slice(0, 10)).toEqual([]);
    expect(report.mostRegistered).toBeLessThan(5000);
    await page.close();
  }, 300_000);

  // Jumps of 1.6 views: most of the old band's marks go while those still near stay, some of them
  // in the new view (the registry then rebuilds a highlight from the few that stay).
  it('3 MB single text node: after jumps of 1.6 views the places in view are marked, those kept from before too', async () => {
    const page = await open('single.html');
    const report = await scrollSingleNode(evaluating(page), single.text, 30, 1.6);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.expectedInView).toBeGreaterThan(report.stops * 3);
    expect(report.missing.slice(0, 10)).toEqual([]);
    await page.close();
  }, 300_000);
});
