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

export function readHtml(html: string): { title: string; text: string } {
  const { doc, close } = parseHtml(html);
  const text = visibleText(doc as unknown as NodeLike);
  const title = doc.title;
  close();
  return { title, text };
}
