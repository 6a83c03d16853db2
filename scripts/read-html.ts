/**
 * A saved page as `npm run scan` reads it: parsed by happy-dom with no script run, its text read by the
 * content script's own walker (lib/reading/visible-text.ts).
 */
import { Window } from 'happy-dom';
import { visibleText, type NodeLike } from '../lib/reading/visible-text';

/** Parses `html` into a document of its own (closed with `close`). */
export function parseHtml(html: string): { doc: Document; close(): void } {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => void window.happyDOM.close() };
}

function hostOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The page's text, and what the relevance verdict reads besides it: title, headings and host. */
export function readHtml(html: string): { title: string; text: string; headings: string[]; host: string } {
  const { doc, close } = parseHtml(html);
  const text = visibleText(doc as unknown as NodeLike);
  const title = doc.title;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (h) => h.textContent?.trim() ?? '').filter(Boolean).slice(0, 12);
  // A saved page has no address of its own; its canonical link says where it came from.
  const host = hostOf(doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  close();
  return { title, text, headings, host };
}
