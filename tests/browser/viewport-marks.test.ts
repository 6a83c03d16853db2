// Highlights near the view only (issue 13), in Chromium: scrolled top to bottom, big pages show
// every place in view within 100 ms of each jump, and never register the whole page's ranges.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticle, layoutPage, manyNodes, singleTextNode } from '../../scripts/bench/seed-pages';
import { ROOT, launchWithExtension, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';
import { expectLayoutMarked } from './layout-marks';
import { PROBE_INIT, collectExceptions } from './page-probe';
import { expectManyNodesMarked, scrollParagraphs, scrollSingleNode, type EvaluatingPage } from './scroll-marks';

const SERVED = path.join(ROOT, 'test-output/viewport-pages');
const big = bigArticle();
const single = singleTextNode();
const many = manyNodes();
const layout = layoutPage();

const evaluating = (page: Page): EvaluatingPage => ({ evaluate: <T>(e: string) => page.evaluate(e) as Promise<T> });

describe('highlights near the view, Chromium', () => {
  let server: FixtureServer;
  let lens: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(SERVED, { recursive: true });
    writeFileSync(path.join(SERVED, 'big.html'), big.html);
    writeFileSync(path.join(SERVED, 'single.html'), single.html);
    writeFileSync(path.join(SERVED, 'many-nodes.html'), many.html);
    writeFileSync(path.join(SERVED, 'layout.html'), layout.html);
    server = await startFixtureServer(SERVED);
    lens = await launchWithExtension();
    await lens.context.addInitScript(PROBE_INIT);
  });

  afterAll(async () => {
    await lens?.close();
    await server?.close();
  });

  /**
   * The page, once the lens has marked something and had time to read the rest. A tall view
   * (a portrait monitor) halves the stops of a top-to-bottom scroll and asks the lens to mark twice
   * the text within the same 100 ms; sampled stops keep the usual view.
   */
  async function open(file: string, tall = false): Promise<{ page: Page; errors: string[] }> {
    const page = await lens.context.newPage();
    if (tall) await page.setViewportSize({ width: 1280, height: 1440 });
    const errors = await collectExceptions(lens.context, page);
    await page.goto(server.url(file));
    await page.waitForFunction(() => ((window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')?.size ?? 0) > 0, null, {
      timeout: 20_000,
    });
    await page.waitForTimeout(4000);
    return { page, errors };
  }

  it('1 MB article: at every stop each fully visible paragraph has all its places marked; every place is marked somewhere', async () => {
    const { page, errors } = await open('big.html', true);
    const report = await scrollParagraphs(evaluating(page), big.blocks);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.missing.slice(0, 10)).toEqual([]);
    const detected = report.expectedAll;
    expect(report.seenPlaces).toBe(detected);
    expect(report.mostRegistered).toBeLessThan(detected / 4);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  // The 1 MB article is checked at every view height; here 80 stops spread over the page (about
  // one in eight views) test the same promise on another page shape in a fraction of the time.
  it('100 000 nodes: at 80 stops from top to bottom each fully visible row has all its places marked', async () => {
    const { page, errors } = await open('many-nodes.html');
    await expectManyNodesMarked(evaluating(page), many.blocks);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  // Past a thousand blocks the lens finds near ones by binary search over those that scroll with
  // the document; this page has blocks that do not (sticky, fixed, in a scroll container, beside).
  it('mixed layout: sticky, fixed, scroll-container and sidebar blocks in view are marked, also after content moves without a scroll', async () => {
    const { page, errors } = await open('layout.html');
    await expectLayoutMarked(evaluating(page), layout.blocks);
    await page.screenshot({ path: path.join(ROOT, 'test-output/screenshots/viewport-layout.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('3 MB single text node: at every stop the places in view are marked', async () => {
    const { page, errors } = await open('single.html');
    const report = await scrollSingleNode(evaluating(page), single.text);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.expectedInView).toBeGreaterThan(report.stops * 3);
    expect(report.missing.slice(0, 10)).toEqual([]);
    expect(report.mostRegistered).toBeLessThan(5000);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  // Jumps of 1.6 views: most of the old band's marks go while those still near stay, some of them
  // in the new view (the registry then rebuilds a highlight from the few that stay).
  it('3 MB single text node: after jumps of 1.6 views the places in view are marked, those kept from before too', async () => {
    const { page, errors } = await open('single.html');
    const report = await scrollSingleNode(evaluating(page), single.text, 30, 1.6);
    console.info(`${report.stops} stops, ${report.expectedInView} places checked in view, at most ${report.mostRegistered} ranges registered`);
    expect(report.expectedInView).toBeGreaterThan(report.stops * 3);
    expect(report.missing.slice(0, 10)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
