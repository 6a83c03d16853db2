// What a user would see, read from the page: highlighted text, the card, errors from any world.
import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * Runs before any page script: keeps references to the highlight registry for tests, because
 * hostile pages replace window.CSS and Array built-ins. Non-enumerable, and added in the baseline
 * run too, so page comparisons are unaffected.
 */
export const PROBE_INIT = `(() => {
  const probe = { highlights: CSS.highlights, longTasks: [] };
  Object.defineProperty(window, '__probe', { value: probe, enumerable: false });
  // The first frame that shows our place highlights: how many, and how far down the lowest one is.
  const watchFirst = () => {
    const h = probe.highlights.get('shebao-place');
    if (!h || h.size === 0) return requestAnimationFrame(watchFirst);
    let maxTop = -Infinity;
    try {
      h.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        maxTop = Math.max(maxTop, range.getBoundingClientRect().top);
      });
    } catch {}
    probe.first = { count: h.size, maxTop, view: innerHeight };
  };
  requestAnimationFrame(watchFirst);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Long tasks (> 50 ms) that started after `sinceMs` (performance.now() time). */
export async function longTasksSince(frame: Page | Frame, sinceMs: number): Promise<number[]> {
  return frame.evaluate((since) => {
    const tasks = (window as unknown as { __probe: { longTasks: { start: number; duration: number }[] } }).__probe.longTasks;
    const out: number[] = [];
    for (const t of tasks) if (t.start >= since) out.push(Math.round(t.duration));
    return out;
  }, sinceMs);
}

/**
 * How each of our highlights is drawn in this frame: the computed ::highlight() style of the text
 * its first range starts in, as "text-decoration-line background-color". An unstyled highlight
 * reads "none rgba(0, 0, 0, 0)" and shows nothing on the page.
 */
export async function highlightLooks(frame: Page | Frame): Promise<Record<string, string>> {
  return frame.evaluate(() => {
    const out: Record<string, string> = {};
    const registry = (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('shebao-')) return;
      let first: AbstractRange | undefined;
      highlight.forEach((r) => void (first ??= r));
      const el = first?.startContainer.parentElement;
      if (!el) return;
      const style = getComputedStyle(el, `::highlight(${name})`);
      out[name] = `${style.textDecorationLine} ${style.backgroundColor}`;
    });
    return out;
  });
}

/** Text of every range in each of our highlights, in this frame. Plain loops: pages break Array.map. */
export async function highlightTexts(frame: Page | Frame): Promise<Record<string, string[]>> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('shebao-')) return;
      const texts: string[] = [];
      highlight.forEach((r) => {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          texts.push(range.toString());
        } catch {
          texts.push('<stale>');
        }
      });
      out[name] = texts;
    });
    return out;
  });
}

/** Whether any highlight range starts inside an element matching the selector (light or open shadow DOM). */
export async function highlightsInside(frame: Page | Frame, selector: string): Promise<number> {
  return frame.evaluate((sel) => {
    const registry = (window as unknown as { __probe: { highlights: HighlightRegistry } }).__probe.highlights;
    let n = 0;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('shebao-')) return;
      highlight.forEach((r) => {
        const el = r.startContainer.parentElement;
        if (el && el.closest(sel)) n++;
      });
    });
    return n;
  }, selector);
}

/** Centre of the nth occurrence of `text` in the page's visible text (open shadow roots included). */
export async function textCenter(frame: Page | Frame, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return frame.evaluate(
    ([needle, index]) => {
      let seen = 0;
      const roots: Node[] = [document.body];
      while (roots.length) {
        const root = roots.shift()!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === 1) {
            const sr = (node as Element).shadowRoot;
            if (sr) roots.push(sr);
            continue;
          }
          const data = (node as Text).data;
          for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
            if (seen++ !== index) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            const b = range.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
        }
      }
      return null;
    },
    [text, nth] as const,
  );
}

/** Scrolls the occurrence into view, hovers it like a user and waits for the card. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  await page.evaluate(
    ([needle, index]) => {
      let seen = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle);
        if (at >= 0 && seen++ === index) {
          node.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
      }
    },
    [text, nth] as const,
  );
  await page.mouse.move(1, 1);
  const c = await textCenter(page, text, nth);
  if (!c) throw new Error(`"${text}" not found on the page`);
  await page.mouse.move(c.x, c.y, { steps: 4 });
}

/** The card's visible text, or null when no card is shown. */
export async function cardText(frame: Page | Frame, timeoutMs = 3000): Promise<string | null> {
  // Not aria-busy: the card has its content from the background, not the loading line.
  const card = frame.locator(READY_CARD);
  try {
    await card.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return null;
  }
  return card.innerText();
}

export const READY_CARD = 'shebao-lens-ui .card:not([aria-busy])';

/** Uncaught exceptions in every execution context of the page, the extension's isolated world included. */
export async function collectExceptions(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => {
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error') errors.push(`console.error: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** Serialised DOM without our single host element. */
export async function domWithoutHost(frame: Page | Frame): Promise<{ html: string; hosts: number }> {
  return frame.evaluate(() => {
    const hosts = document.querySelectorAll('shebao-lens-ui').length;
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('shebao-lens-ui').forEach((h) => h.remove());
    return { html: copy.outerHTML, hosts };
  });
}

export async function settle(page: Page, ms = 1200): Promise<void> {
  await page.waitForTimeout(ms);
}
