/**
 * Where readers meet the lens on pages built in ways the seed pages are not: words in the top layer
 * (modal dialogs, popovers, fullscreen), text revealed without a DOM change, scroll boxes, closed
 * shadow roots, SVG text, ruby, and dark or coloured pages. Each asserts what a user sees, on the
 * built extension in Chromium; the checks every hostile page passes (no exception, DOM unchanged,
 * no request off the machine) hold here too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchWithExtension, screenshot, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';
import { PROBE_INIT, READY_CARD, cardText, collectExceptions, domWithoutHost, highlightTexts, highlightsInside, hoverText, settle, textCenter } from './page-probe';

let server: FixtureServer;
let lens: LaunchedBrowser;
let bare: LaunchedBrowser;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES);
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

async function open(file: string, viewport = { width: 1100, height: 800 }): Promise<{ page: Page; errors: string[]; baseline: string }> {
  const plain = await bare.context.newPage();
  await plain.setViewportSize(viewport);
  await plain.goto(server.url(`hostile/${file}`));
  await settle(plain, 800);
  const baseline = (await domWithoutHost(plain)).html;
  await plain.close();
  const page = await lens.context.newPage();
  await page.setViewportSize(viewport);
  const errors = await collectExceptions(lens.context, page);
  await page.goto(server.url(`hostile/${file}`));
  await page.waitForFunction(() => ((window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')?.size ?? 0) > 0, null, { timeout: 15_000 });
  await settle(page, 800);
  return { page, errors, baseline };
}

/** The page as it was without the extension (our host aside), no page exception, nothing from us. */
async function expectUntouched(page: Page, baseline: string, errors: string[]): Promise<void> {
  const { html, hosts } = await domWithoutHost(page);
  expect(hosts).toBeLessThanOrEqual(1);
  expect(html).toBe(baseline);
  expect(errors).toEqual([]);
}

/** Whether the card is shown and is what a user sees at its centre (elementsFromPoint's first element is our host). */
async function cardOnTop(page: Page): Promise<{ shown: boolean; onTop: boolean; box: { left: number; top: number; right: number; bottom: number } | null }> {
  await page.locator(READY_CARD).waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
  return page.evaluate(() => {
    const host = document.querySelector('shebao-lens-ui');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card:not([aria-busy])');
    if (!host || !card || card.getClientRects().length === 0) return { shown: false, onTop: false, box: null };
    const r = card.getBoundingClientRect();
    const top = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)[0];
    return { shown: true, onTop: top === host, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
  });
}

/** Centre of the first box of our first highlighted range reading `text` (reaches closed shadow roots and SVG). */
async function markCenter(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((needle) => {
    let found: { x: number; y: number } | null = null;
    (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.forEach((h, name) => {
      if (!name.startsWith('shebao-')) return;
      h.forEach((r) => {
        if (found) return;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== needle) return;
        const b = range.getClientRects()[0] ?? range.getBoundingClientRect();
        found = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
    });
    return found;
  }, text);
}

async function hoverAt(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

describe('top layer: the card is drawn above modal dialogs, popovers and fullscreen elements', () => {
  it('modal <dialog>: the card is on top, takes the pointer and the keyboard, and leaves with the dialog', async () => {
    const { page, errors, baseline } = await open('top-layer.html');
    await page.click('#open-dialog');
    await page.waitForFunction(() => (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')!.size >= 4);
    await settle(page, 300);
    await hoverAt(page, (await textCenter(page, '武汉'))!);
    const shown = await cardOnTop(page);
    expect(shown).toMatchObject({ shown: true, onTop: true });
    expect(await cardText(page)).toContain('湖北省');
    await screenshot(page, 'layers-dialog-card');
    // The pointer travels into the card and the card stays; a click on it pins it, not closes the dialog.
    const box = shown.box!;
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 6 });
    await settle(page, 500);
    expect((await cardOnTop(page)).shown).toBe(true);
    // The keyboard reaches it: the focus shortcut puts focus in the card, inside the modal dialog.
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('shebao-lens-ui');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.getElementById('dlg') as HTMLDialogElement).close());
    await settle(page, 300);
    expect((await cardOnTop(page)).shown).toBe(false);
    // Back on <html>: nothing of ours is left in the page's dialog.
    expect(await page.evaluate(() => document.querySelector('shebao-lens-ui')?.parentElement?.localName)).toBe('html');
    await expectUntouched(page, baseline, errors);
    await page.close();
  });

  it('open popover: the card is on top of it and a click on the card does not light-dismiss it', async () => {
    const { page, errors, baseline } = await open('top-layer.html');
    await page.click('#open-pop');
    await page.waitForFunction(() => (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.get('shebao-place')!.size >= 4, null, { timeout: 3000 });
    await settle(page, 300);
    await hoverAt(page, (await textCenter(page, '成都'))!);
    const shown = await cardOnTop(page);
    expect(shown).toMatchObject({ shown: true, onTop: true });
    await screenshot(page, 'layers-popover-card');
    const box = shown.box!;
    await page.mouse.move((box.left + box.right) / 2, box.top + 12, { steps: 6 });
    await page.mouse.down();
    await page.mouse.up();
    await settle(page, 300);
    expect(await page.evaluate(() => document.getElementById('pop')!.matches(':popover-open'))).toBe(true);
    expect((await cardOnTop(page)).shown).toBe(true);
    await page.evaluate(() => document.getElementById('pop')!.hidePopover());
    await settle(page, 300);
    expect((await cardOnTop(page)).shown).toBe(false);
    await expectUntouched(page, baseline, errors);
    await page.close();
  });

  it('fullscreen element: the card is on top inside it', async () => {
    const { page, errors } = await open('top-layer.html');
    await page.evaluate(() => document.getElementById('fs')!.requestFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('fs');
    await settle(page, 300);
    await hoverAt(page, (await textCenter(page, '南京'))!);
    expect(await cardOnTop(page)).toMatchObject({ shown: true, onTop: true });
    await screenshot(page, 'layers-fullscreen-card');
    await page.evaluate(() => document.exitFullscreen());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('text revealed without a DOM change is marked when it appears', () => {
  /**
   * Runs `reveal` in the page, then ms until one of our highlights starts inside `selector` (-1: not
   * within 2 s). `readWhileHidden`: Chromium lays out closed <details> content and content-visibility:
   * hidden subtrees (they have boxes), so their text is read before it shows; the others have no box.
   */
  async function msUntilMarked(page: Page, selector: string, reveal: () => Promise<void>, readWhileHidden = false): Promise<number> {
    if (!readWhileHidden) expect(await highlightsInside(page, selector), selector).toBe(0);
    const started = await page.evaluate(() => performance.now());
    await reveal();
    return page.evaluate(
      ([sel, t0]) =>
        new Promise<number>((resolve) => {
          const registry = (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights;
          const marked = () => {
            let n = 0;
            registry.forEach((h, name) => name.startsWith('shebao-') && h.forEach((r) => void (r.startContainer.parentElement?.closest(sel) && n++)));
            return n > 0;
          };
          const check = () => {
            const now = performance.now();
            if (marked()) resolve(now - t0);
            else if (now - t0 > 2000) resolve(-1);
            else requestAnimationFrame(check);
          };
          check();
        }),
      [selector, started] as const,
    );
  }

  it('展开全文 by CSS :checked, <details>, a class change on an ancestor, showPopover(), a media query, content-visibility', async () => {
    const { page, errors, baseline } = await open('revealed.html');
    const times: Record<string, number> = {};
    times['展开全文 (:checked)'] = await msUntilMarked(page, '#rest', () => page.click('label[for="more"]'));
    await settle(page, 500);
    times['<details>'] = await msUntilMarked(page, '#det-text', () => page.click('#det summary'), true);
    await settle(page, 500);
    times['class on an ancestor'] = await msUntilMarked(page, '#panel-b', () => page.evaluate(() => void (document.getElementById('tabs')!.className = 'tabs-b')));
    await settle(page, 500);
    times['showPopover()'] = await msUntilMarked(page, '#pop', () => page.evaluate(() => document.getElementById('pop')!.showPopover()));
    await settle(page, 500);
    await page.evaluate(() => document.getElementById('pop')!.hidePopover());
    times['media query'] = await msUntilMarked(page, '#wide', () => page.setViewportSize({ width: 1300, height: 800 }));
    await settle(page, 500);
    times['content-visibility'] = await msUntilMarked(page, '#cv', () => page.evaluate(() => document.getElementById('cv')!.classList.add('shown')), true);
    console.info('ms from reveal to marks', times);
    for (const [how, ms] of Object.entries(times)) {
      expect(ms, how).toBeGreaterThanOrEqual(0);
      expect(ms, how).toBeLessThan(300);
    }
    const places = (await highlightTexts(page))['shebao-place']!;
    for (const name of ['武汉', '杭州', '南京', '成都', '厦门', '青岛', '西安']) expect(places).toContain(name);
    await screenshot(page, 'layers-revealed');
    // The page's DOM is its own: the checkbox, <details> and the class were changed by "the user" in both runs alike.
    expect((await domWithoutHost(page)).hosts).toBeLessThanOrEqual(1);
    expect(baseline).toContain('id="rest"');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('scroll boxes: a card never floats away from its word', () => {
  it('the word scrolled out of its box closes the card; a pinned card stays in view', async () => {
    const { page, errors, baseline } = await open('scroll-box.html');
    await hoverText(page, '九江');
    const first = await cardOnTop(page);
    expect(first.shown).toBe(true);
    // The pointer rests on the card while the box scrolls under it (a wheel, a script, a keyboard).
    await page.mouse.move((first.box!.left + first.box!.right) / 2, first.box!.bottom - 10, { steps: 4 });
    await page.evaluate(() => void (document.getElementById('box')!.scrollTop = 400));
    await settle(page, 400);
    expect((await cardOnTop(page)).shown).toBe(false);
    await screenshot(page, 'layers-scroll-box-closed');

    await page.evaluate(() => void (document.getElementById('box')!.scrollTop = 0));
    await hoverText(page, '九江');
    expect((await cardOnTop(page)).shown).toBe(true);
    await page.mouse.down();
    await page.mouse.up();
    await page.locator('shebao-lens-ui .card-pinned').waitFor({ timeout: 2000 });
    const pinned = (await cardOnTop(page)).box!;
    await page.evaluate(() => void (document.getElementById('box')!.scrollTop = 400));
    await settle(page, 400);
    const after = await cardOnTop(page);
    expect(after.shown).toBe(true);
    expect(after.box).toEqual(pinned);
    await page.keyboard.press('Escape');

    // The window scrolled: the word is above its top edge, and the card goes with it.
    await hoverText(page, '武汉');
    expect((await cardOnTop(page)).shown).toBe(true);
    await page.evaluate(() => window.scrollBy(0, 1500));
    await settle(page, 400);
    expect((await cardOnTop(page)).shown).toBe(false);
    await expectUntouched(page, baseline, errors);
    await page.close();
  });
});

describe('closed shadow roots, SVG text and ruby', () => {
  it('closed roots (script-made and declarative) are marked and hoverable; SVG text and 兰州 in ruby are read', async () => {
    const { page, errors, baseline } = await open('closed-shadow.html');
    const places = (await highlightTexts(page))['shebao-place']!;
    // 兰州 is one mention over its two base characters; the range between them spans the first <rt>.
    expect(places).toEqual(expect.arrayContaining(['九江', '深圳', '武汉', '兰lán州', '成都']));
    // Marked where the page shows them: the highlight has our style inside the closed root.
    const at = (await markCenter(page, '深圳'))!;
    await hoverAt(page, at);
    expect(await cardText(page)).toContain('广东省');
    await screenshot(page, 'layers-closed-shadow-card');
    await page.keyboard.press('Escape');
    const ruby = (await markCenter(page, '兰lán州'))!;
    await hoverAt(page, ruby);
    expect(await cardText(page)).toContain('甘肃省');
    await expectUntouched(page, baseline, errors);
    await page.close();
  });

  it('SVG <text>: marked and hoverable', async () => {
    const { page, errors } = await open('closed-shadow.html');
    expect((await highlightTexts(page))['shebao-place']).toContain('杭州');
    expect((await highlightTexts(page))['shebao-place']).not.toContain('上海');
    await hoverAt(page, (await markCenter(page, '杭州'))!);
    expect(await cardText(page)).toContain('浙江省');
    await screenshot(page, 'layers-svg-card');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the card and marks follow the page, not only the system setting', () => {
  it('a dark page gets a dark card, a beige section a light one, a blue one a dark one', async () => {
    const { page, errors, baseline } = await open('page-themes.html');
    const darkOf = async (word: string) => {
      await hoverText(page, word);
      await page.locator(READY_CARD).waitFor({ timeout: 3000 });
      const dark = await page.locator('shebao-lens-ui .card.dark').count();
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      await settle(page, 200);
      return dark === 1;
    };
    expect(await darkOf('九江')).toBe(true);
    await hoverText(page, '九江');
    await page.locator(READY_CARD).waitFor({ timeout: 3000 });
    await screenshot(page, 'layers-dark-page-card');
    await page.keyboard.press('Escape');
    expect(await darkOf('武汉')).toBe(false);
    expect(await darkOf('杭州')).toBe(true);
    expect(await darkOf('成都')).toBe(false);
    // The marks take the palette of the background under them: bright lines on the dark page and the
    // blue section, deep ones on beige.
    const h = await highlightTexts(page);
    expect(h['shebao-place-dark']).toEqual(expect.arrayContaining(['九江', '广州', '杭州']));
    expect(h['shebao-place']).toEqual(expect.arrayContaining(['武汉', '成都']));
    const line = (word: string) =>
      page.evaluate((w) => {
        let color = '';
        (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights.forEach((hl, name) =>
          hl.forEach((r) => {
            if (!name.startsWith('shebao-place') || (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) !== w) return;
            color = getComputedStyle(r.startContainer.parentElement!, `::highlight(${name})`).textDecorationColor;
          }),
        );
        return color;
      }, word);
    expect(await line('九江')).toBe('rgb(255, 171, 82)');
    expect(await line('武汉')).toBe('rgb(138, 63, 0)');
    await expectUntouched(page, baseline, errors);
    await page.close();
  });
});

it('made no network request on any of these pages', () => {
  expect(lens.requests.nonLocal()).toEqual([]);
  expect(lens.requests.all.length).toBeGreaterThanOrEqual(5);
});
