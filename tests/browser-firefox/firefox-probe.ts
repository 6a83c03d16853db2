// What a user sees in a Firefox tab, read from the page: our highlights, the card, the pointer on a word.
import type { Page } from 'puppeteer-core';
import { setView } from './firefox-viewport';

/** Text of every range of each of our highlights, read from the page (the registry is per document). */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('shebao-')) return;
      const texts: string[] = [];
      highlight.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      });
      out[name] = texts;
    });
    return out;
  });
}

/**
 * Opens `url` and waits until the lens has read the page: its highlights stay the same for 1.5 s
 * (changes are committed at most every 400 ms while a page is read, so a shorter quiet spell can be a pause).
 */
export async function openAndSettle(page: Page, url: string): Promise<Page> {
  await setView(page, 1100, 800);
  await page.goto(url);
  let last = '';
  let quietSince = Date.now();
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 250));
    const now = JSON.stringify(await highlightTexts(page));
    if (now !== last || now === '{}') {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= 1500) break;
  }
  return page;
}

/** Scrolls the nth occurrence of `text` into view and moves the pointer onto it like a user. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    (needle, index) => {
      let seen = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = (node as Text).data.indexOf(needle);
        if (i < 0 || seen++ !== index) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + needle.length);
        const b = range.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    text,
    nth,
  );
  if (!at) throw new Error(`"${text}" not found on the page`);
  await page.mouse.move(1, 1);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  return at;
}

/** The card's visible text and box (our host's open shadow root), or null when no card shows within `ms`. */
export async function card(page: Page, ms = 3000): Promise<{ text: string; box: DOMRect; onTop: boolean; dark: boolean } | null> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await page.evaluate(() => {
      // Not aria-busy: the card has its content from the background, not the loading line.
      const host = document.querySelector('shebao-lens-ui');
      const el = host?.shadowRoot?.querySelector<HTMLElement>('.card:not([aria-busy])');
      if (!el || el.getClientRects().length === 0) return null;
      const box = el.getBoundingClientRect();
      // What a user sees at the card's centre: our host first, or something of the page drawn above it.
      const top = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)[0];
      return { text: el.innerText, box: box.toJSON() as DOMRect, onTop: top === host, dark: el.classList.contains('dark') };
    });
    if (found || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}
