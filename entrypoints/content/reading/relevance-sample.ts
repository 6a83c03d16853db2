import { detectorCounts, judgeRelevance, type RelevanceVerdict } from '../../../lib/relevance/page-relevance';
import type { PageDetector } from './page-detector';

/** Enough of the page's beginning to tell what it is about; reading it costs well under a millisecond. */
const SAMPLE_CHARS = 6000;
/** Elements looked at, at most: a page of empty wrappers cannot make the sample slow. */
const MAX_ELEMENTS = 20_000;
const MAX_HEADINGS = 12;
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
// Text inside these stays on its parent's line, so 江西九<b>江</b> is read as one word.
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'FONT', 'U', 'SMALL', 'MARK', 'SUB', 'SUP', 'CODE', 'ABBR', 'TIME', 'LABEL']);

/**
 * The page's text from the top, one line per element that holds text (paragraphs stay apart),
 * open shadow roots included: web components often hold the article.
 */
function sampleText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const lines: string[] = [];
  let length = 0;
  let elements = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && length < SAMPLE_CHARS && elements < MAX_ELEMENTS) {
    const node = stack.pop()!;
    const el = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE && NOT_PROSE.has(el.tagName)) continue;
    elements++;
    let own = '';
    const children = el.shadowRoot ? [...Array.from(el.shadowRoot.childNodes), ...Array.from(node.childNodes)] : Array.from(node.childNodes);
    const nested: Node[] = [];
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) own += (child as Text).data.replace(/[\n\r\f]/g, ' ');
      else if (child.nodeType === Node.ELEMENT_NODE && INLINE.has((child as Element).tagName) && !(child as Element).shadowRoot && (child as Element).childElementCount === 0)
        own += (child.textContent ?? '').replace(/[\n\r\f]/g, ' ');
      else if (child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.DOCUMENT_FRAGMENT_NODE) nested.push(child);
    }
    if (own.trim()) {
      const line = own.trim().slice(0, SAMPLE_CHARS - length);
      lines.push(line);
      length += line.length + 1;
    }
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]!);
  }
  return lines.join('\n');
}

/** Whether this frame's page is about social insurance: read before anything is highlighted. */
export function judgePage(doc: Document, detector: PageDetector): RelevanceVerdict {
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (h) => h.textContent?.trim() ?? '')
    .filter(Boolean)
    .slice(0, MAX_HEADINGS);
  const text = sampleText(doc);
  const title = doc.title || headings[0] || '';
  const counts = detectorCounts(detector.scanRun(text.split('\n')));
  return judgeRelevance({ title, headings, host: location.hostname, text, counts, embedded: window !== window.top, fold: detector.fold });
}
