import { isProseTag } from '../../../lib/reading/visible-text';
import { pageLanguage, type PageLanguageVerdict } from '../../../lib/reading/chinese-page';

const SAMPLE_CHARS = 3000;

/** Reads the title and the first few thousand characters of text: enough to tell, cheap on any page. */
export function samplePageLanguage(doc: Document): PageLanguageVerdict {
  let text = doc.title;
  const root = doc.body ?? doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && text.length < SAMPLE_CHARS; node = walker.nextNode()) {
      if (isProseTag(node.parentElement?.tagName ?? '')) text += (node as Text).data.slice(0, SAMPLE_CHARS);
    }
  }
  return pageLanguage({ lang: doc.documentElement?.getAttribute('lang'), text: text.slice(0, SAMPLE_CHARS) });
}

/**
 * Resolves once the page is known to be Chinese; never resolves for other pages. Pages that start
 * empty (SPA shells, about:blank frames filled by script) are re-sampled as they change, briefly.
 */
export function whenChinese(doc: Document, signal: AbortSignal, giveUpMs = 30_000): Promise<void> {
  return new Promise((resolve) => {
    const first = samplePageLanguage(doc);
    if (first === 'chinese') return resolve();
    if (first === 'not-chinese') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        const verdict = samplePageLanguage(doc);
        if (verdict !== 'undecided') stop();
        if (verdict === 'chinese') resolve();
      }, 250);
    });
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
    };
    const giveUp = setTimeout(stop, giveUpMs);
    signal.addEventListener('abort', stop);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}
