/**
 * A page's visible text as segments for the detector, in document order: one segment per text node,
 * a '\n' segment between blocks. Works on any DOM-shaped tree (the browser's, happy-dom's), so the
 * content script and `npm run scan` read pages the same way.
 *
 * Whitespace characters are replaced one for one by spaces, never collapsed, so offsets inside a
 * segment stay offsets inside its text node; the detector ignores spaces inside CJK runs anyway.
 */
/** A piece of page text and the node it came from. */
export interface Segment<N> {
  readonly node: N;
  readonly text: string;
}

export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TEXTAREA', 'SELECT', 'INPUT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: NodeLike): boolean {
  if (!el.getAttribute) return false;
  return el.getAttribute('hidden') !== null || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

export function visibleSegments(root: NodeLike): Segment<NodeLike | null>[] {
  const out: Segment<NodeLike | null>[] = [];
  const breakLine = () => {
    if (out.length > 0 && out[out.length - 1]!.text !== '\n') out.push({ node: null, text: '\n' });
  };
  // An explicit stack: hostile pages nest deeper than the call stack allows. null marks a block's end.
  const stack: (NodeLike | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      breakLine();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.length > 0) out.push({ node, text: value.replace(/[\n\r\t\f]/g, ' ') });
      continue;
    }
    const container = node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
    if (!container && node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (!container && (SKIPPED.has(name) || isHidden(node))) continue;
    if (BLOCKS.has(name)) {
      breakLine();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  while (out.length > 0 && out[0]!.text === '\n') out.shift();
  return out;
}
