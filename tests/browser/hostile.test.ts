import { mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { bigArticle, expectedCount, manyNodes } from '../../scripts/bench/seed-pages';
import { FIXTURES, ROOT, launchWithExtension, screenshot, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';
import {
  PROBE_INIT,
  cardText,
  collectExceptions,
  domWithoutHost,
  highlightLooks,
  highlightTexts,
  highlightsInside,
  hoverText,
  longTasksSince,
  settle,
  textCenter,
} from './page-probe';

// Generated pages (1 MB, 100 000 nodes) are written next to copies of the hand-written hostile pages.
const SERVED = path.join(ROOT, 'test-output/hostile-pages');

const expected = { big: 0, many: 0 };
const scan = (text: string) => bundledDetector().scan(text).mentions;

function preparePages(): void {
  mkdirSync(path.join(SERVED, 'hostile'), { recursive: true });
  for (const f of readdirSync(path.join(FIXTURES, 'hostile'))) {
    copyFileSync(path.join(FIXTURES, 'hostile', f), path.join(SERVED, 'hostile', f));
  }
  const big = bigArticle();
  const many = manyNodes();
  writeFileSync(path.join(SERVED, 'hostile/big.html'), big.html);
  writeFileSync(path.join(SERVED, 'hostile/many-nodes.html'), many.html);
  expected.big = expectedCount(big.blocks, scan, 'place');
  expected.many = expectedCount(many.blocks, scan, 'place');
}

describe('hostile pages with the built extension', () => {
  let server: FixtureServer;
  let lens: LaunchedBrowser;
  let bare: LaunchedBrowser;

  beforeAll(async () => {
    preparePages();
    server = await startFixtureServer(SERVED);
    lens = await launchWithExtension();
    bare = await launchWithExtension({ extensionDir: null });
    await lens.context.addInitScript(PROBE_INIT);
    await bare.context.addInitScript(PROBE_INIT);
  });

  afterAll(async () => {
    await lens?.close();
    await bare?.close();
    await server?.close();
  });

  /** Opens the fixture with and without the extension; returns the extension page and its errors. */
  async function open(
    file: string,
    waitMs = 1500,
    doneWhen?: () => boolean,
  ): Promise<{ page: Page; errors: string[]; baseline: string; frameBaselines: Map<string, string> }> {
    const plain = await bare.context.newPage();
    await plain.goto(server.url(`hostile/${file}`));
    if (doneWhen) await plain.waitForFunction(doneWhen, null, { timeout: 15_000 });
    await settle(plain, waitMs);
    const baseline = (await domWithoutHost(plain)).html;
    const frameBaselines = await childFrameDoms(plain);
    await plain.close();
    const page = await lens.context.newPage();
    const errors = await collectExceptions(lens.context, page);
    await page.goto(server.url(`hostile/${file}`));
    await settle(page, waitMs);
    return { page, errors, baseline, frameBaselines };
  }

  /** Serialised DOM (without our host) of each child frame that lets a script read it, by frame name or URL. */
  async function childFrameDoms(page: Page): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const dom = await domWithoutHost(frame).catch(() => null);
      if (dom) out.set(frame.name() || frame.url(), dom.html);
    }
    return out;
  }

  /**
   * performance.now() once our first highlight is shown and the page has rendered its first frames.
   * Long tasks are counted from here: before it, a 100 000-node page spends up to a second laying
   * itself out (measured without the extension too), and the detector is built (~60 ms, in the bench).
   */
  async function firstHighlight(page: Page): Promise<number> {
    await page.waitForFunction(
      () => ((window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')?.size ?? 0) > 0,
      null,
      { timeout: 15_000, polling: 'raf' },
    );
    return page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
    );
  }

  /**
   * The target is no task over 50 ms. Our slices keep to ~8 ms (the bench prints the longest), but
   * this 2-core machine is shared, so a slice that is descheduled shows up as a long task. What is
   * asserted is the total blocking time (Σ of each task's time over 50 ms) while the page is read:
   * under a quarter of that time. A synchronous pass over the page fails this by far.
   */
  async function expectLittleBlocking(page: Page, since: number): Promise<void> {
    const durations = await longTasksSince(page, since);
    const window = (await page.evaluate(() => performance.now())) - since;
    const blocking = durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    expect(blocking, `long tasks ${durations.join(', ')} ms in ${Math.round(window)} ms`).toBeLessThan(window / 4);
  }

  async function expectSameDom(page: Page, baseline: string): Promise<void> {
    const { html, hosts } = await domWithoutHost(page);
    expect(hosts).toBeLessThanOrEqual(1);
    expect(html).toBe(baseline);
  }

  async function expectResponsive(page: Page): Promise<void> {
    const started = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - started).toBeLessThan(1000);
  }

  it('1 MB article: every place the engine finds is highlighted, tasks stay short, DOM unchanged', async () => {
    const { page, errors, baseline } = await open('big.html', 500);
    const ready = await firstHighlight(page);
    // Wait until the whole page is read (idle-time work included): every place the engine finds.
    await page.waitForFunction(
      (n) => ((window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')?.size ?? 0) >= n,
      expected.big,
      { timeout: 30_000, polling: 500 },
    );
    const h = await highlightTexts(page);
    expect(h['shebao-place']!.length).toBe(expected.big);
    // Visible part first: the first frame with highlights shows the top of the page, not all of it.
    const first = await page.evaluate(() => (window as unknown as { __probe: { first?: { count: number; maxTop: number; view: number } } }).__probe.first);
    console.info('first highlighted frame', first, 'of', expected.big);
    expect(first!.count).toBeLessThan(expected.big / 4);
    expect(first!.maxTop).toBeLessThan(first!.view * 4);
    await expectLittleBlocking(page, ready);
    await expectSameDom(page, baseline);
    await expectResponsive(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('100 000 nodes: highlighted and responsive', async () => {
    const { page, errors, baseline } = await open('many-nodes.html', 500);
    const ready = await firstHighlight(page);
    await page.waitForFunction(
      (n) => ((window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')?.size ?? 0) >= n,
      expected.many,
      { timeout: 30_000, polling: 500 },
    );
    expect((await highlightTexts(page))['shebao-place']!.length).toBe(expected.many);
    await expectLittleBlocking(page, ready);
    await expectSameDom(page, baseline);
    await expectResponsive(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nested iframes (src, srcdoc, sandboxed, about:blank): each frame highlights its own text', async () => {
    const { page, errors, baseline, frameBaselines } = await open('frames.html', 2500);
    const frameTexts = new Map<string, string[]>();
    for (const frame of page.frames()) {
      const places = (await highlightTexts(frame).catch(() => ({}) as Record<string, string[]>))['shebao-place'] ?? [];
      frameTexts.set(frame.name() || frame.url(), places);
    }
    const all = [...frameTexts.values()].flat();
    for (const name of ['广州', '杭州', '南京', '九江', '武汉']) expect(all).toContain(name);
    // The ::highlight rules reach every frame (they come with the manifest, not from the script).
    for (const frame of page.frames()) {
      if (!frameTexts.get(frame.name() || frame.url())?.length) continue;
      expect(await highlightLooks(frame)).toMatchObject({
        'shebao-place': 'underline rgba(0, 0, 0, 0)',
        // Topics carry an underline of their own (the line keeps 3:1 against the page; the tint alone did not).
        'shebao-topic': 'underline rgba(64, 145, 255, 0.2)',
      });
    }
    // Every frame's document is as it was without the extension (before any card is opened).
    await expectSameDom(page, baseline);
    expect(frameBaselines.size).toBeGreaterThanOrEqual(3);
    expect(await childFrameDoms(page)).toEqual(frameBaselines);
    // A card opens inside the frame that holds the word.
    const frame = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    const frameBox = (await page.locator('#src').boundingBox())!;
    const inFrame = (await textCenter(frame, '杭州'))!;
    await page.mouse.move(frameBox.x + inFrame.x, frameBox.y + inFrame.y, { steps: 4 });
    expect(await cardText(frame)).toContain('浙江省');
    await screenshot(page, 'hostile-frame-card');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('open shadow DOM: declarative and late-filled roots are highlighted', async () => {
    const { page, errors, baseline } = await open('shadow.html', 2000);
    const h = await highlightTexts(page);
    expect(h['shebao-place']).toEqual(expect.arrayContaining(['深圳', '武汉', '九江', '杭州']));
    await hoverText(page, '九江');
    expect(await cardText(page)).toContain('九江');
    await screenshot(page, 'hostile-shadow-card');
    await expectSameDom(page, baseline);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('textarea, input, select, contenteditable and hidden text are never highlighted', async () => {
    const { page, errors, baseline } = await open('editable.html');
    await expectSameDom(page, baseline);
    expect(await highlightsInside(page, '#prose')).toBeGreaterThan(0);
    expect(await highlightsInside(page, '#ce')).toBe(0);
    expect(await highlightsInside(page, '#ce2')).toBe(0);
    expect(await highlightsInside(page, '#hid')).toBe(0);
    const h = await highlightTexts(page);
    expect(h['shebao-place']).not.toContain('杭州');
    await page.locator('#ce').click();
    await page.keyboard.type('广州');
    await settle(page, 500);
    expect(await highlightsInside(page, '#ce')).toBe(0);
    // Un-hiding the paragraph brings its places in without a reload.
    await page.evaluate(() => document.getElementById('hid')!.removeAttribute('hidden'));
    await settle(page, 600);
    expect(await highlightsInside(page, '#hid')).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('strict CSP: highlights and the card still work', async () => {
    const { page, errors, baseline } = await open('csp.html');
    const h = await highlightTexts(page);
    expect(h['shebao-place']).toEqual(expect.arrayContaining(['九江', '广州']));
    await hoverText(page, '九江', 1);
    const text = await cardText(page);
    expect(text).toContain('江西省');
    await screenshot(page, 'hostile-csp-card');
    await expectSameDom(page, baseline);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('page that breaks built-ins and resets all CSS: highlights, card and the page sheet survive', async () => {
    const { page, errors, baseline } = await open('overrides.html');
    const h = await highlightTexts(page);
    expect(h['shebao-place']).toEqual(expect.arrayContaining(['九江', '广州']));
    const own = await page.evaluate(() => {
      const sheets = document.adoptedStyleSheets;
      const rules: string[] = [];
      for (let i = 0; i < sheets.length; i++) rules.push(sheets[i]!.cssRules[0]!.cssText);
      return { rules, color: getComputedStyle(document.querySelector('h1')!).color };
    });
    expect(own.rules[0]).toBe('h1 { color: rgb(10, 20, 30); }');
    expect(own.color).toBe('rgb(10, 20, 30)');
    await hoverText(page, '九江', 1);
    const text = await cardText(page);
    expect(text).toContain('江西省');
    await screenshot(page, 'hostile-overrides-card');
    await expectSameDom(page, baseline);
    // The page's own breakage may log; nothing may come from the extension (it throws no errors at all here).
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mutation storm: keeps up without long tasks and ends on the final text', async () => {
    const { page, errors, baseline } = await open('storm.html', 0, () => document.body.dataset.done === 'yes');
    const start = await firstHighlight(page);
    await page.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: 15_000 });
    await expectResponsive(page);
    await settle(page, 1500);
    const h = await highlightTexts(page);
    const topics = h['shebao-topic'] ?? [];
    expect(topics.filter((t) => t === '<stale>')).toEqual([]);
    expect(h['shebao-place']!.length).toBeGreaterThanOrEqual(200);
    await expectLittleBlocking(page, start);
    await expectSameDom(page, baseline);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pushState navigation: the new view is highlighted, the old one forgotten', async () => {
    const { page, errors } = await open('spa.html');
    expect((await highlightTexts(page))['shebao-place']).toContain('成都');
    const plain = await bare.context.newPage();
    await plain.goto(server.url('hostile/spa.html'));
    await plain.click('#go');
    const navigated = (await domWithoutHost(plain)).html;
    await plain.close();
    await page.click('#go');
    await settle(page, 800);
    await expectSameDom(page, navigated);
    const places = (await highlightTexts(page))['shebao-place'];
    expect(places).toEqual(expect.arrayContaining(['武汉', '长沙']));
    expect(places).not.toContain('成都');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no network request on any fixture: nothing beyond what the same pages load without it', () => {
    expect(lens.requests.nonLocal()).toEqual([]);
    const pageLoads = new Set(bare.requests.all);
    // The extension's own files (service worker, scripts) load from chrome-extension://, not the network.
    const extra = lens.requests.all.filter((url) => !url.startsWith('chrome-extension://') && !pageLoads.has(url));
    expect(extra).toEqual([]);
    // The recorder saw the fixtures themselves: one document per test at least.
    expect(lens.requests.all.length).toBeGreaterThanOrEqual(9);
  });
});
