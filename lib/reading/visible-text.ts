/**
 * The one reader of a page's visible text, for the content script (entrypoints/content/reading/
 * text-collector.ts wraps it) and for `npm run scan` (through happy-dom): the same tree gives the same
 * runs, so a maintainer checking a page with the scan sees the mentions a user sees.
 *
 * A run is a maximal stretch of text not broken by a block boundary, so a name split over inline
 * elements (广<b>州</b>) is read as one word while neighbouring paragraphs never join. A generator,
 * so the content script can stop after any run and resume in its next time slice. It works on any
 * DOM-shaped tree (NodeLike): the browser's, happy-dom's.
 */
import { cutPoints } from './text-cut';

export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: NodeLike | null;
  readonly nextSibling: NodeLike | null;
  readonly parentNode: NodeLike | null;
  getAttribute?(name: string): string | null;
  hasAttributes?(): boolean;
  readonly shadowRoot?: NodeLike | null;
}

export interface TextPiece<N extends NodeLike = NodeLike> {
  node: N;
  from: number;
  to: number;
}

export interface TextRun<N extends NodeLike = NodeLike> {
  /** Nearest block-level ancestor (or shadow root / document): the unit rescanned on change. */
  owner: N;
  segments: TextPiece<N>[];
}

export interface WalkHooks<N extends NodeLike = NodeLike> {
  /** Our own UI host: never read. */
  isOwnUi?(el: N): boolean;
  /** Called for each block element entered, so records of a rescanned subtree can be dropped. */
  enterBlock?(el: N): void;
  /**
   * A custom element's closed shadow root, if the caller can see it (open roots are `el.shadowRoot`).
   * Asked of custom elements only: the browsers' ways in cost several property reads per call, and
   * web components are where closed roots live.
   */
  closedShadowRootOf?(el: N): N | null | undefined;
  /** Called for each shadow root found, before it is read. */
  shadowRoot?(root: N): void;
  /** Called for subtrees skipped as hidden, so they can be read once shown. */
  hidden?(el: N): void;
  /** Longest run handed out; longer text nodes are cut at punctuation (text-cut.ts). */
  maxRunLength?: number;
}

/**
 * The one table. Skipped: not page prose, or cannot carry highlights (form fields, media, embedded
 * documents, ruby annotations — 兰<rt>lán</rt>州 reads 兰州 —, SVG's non-text parts). Inline: laid out inline by default, so text
 * on both sides belongs to one run. Every other tag, custom elements included, is a block.
 */
const SKIP = [
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'math', 'HEAD', 'TITLE', 'RT', 'RP',
  // Inside <svg> tag names keep their case: only <text> and its pieces are prose there.
  'style', 'script', 'title', 'desc', 'metadata', 'defs', 'symbol', 'clipPath', 'mask', 'pattern',
];
const INLINE = [
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'tspan', 'textPath', 'a',
];

// One lookup per element tells all three apart.
const TAG_SKIP = 2;
const TAG_INLINE = 1;
const TAG_KIND = new Map<string, number>([...SKIP.map((t) => [t, TAG_SKIP] as const), ...INLINE.map((t) => [t, TAG_INLINE] as const)]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const HAN = /[\u3400-\u9fff]/;
// Inline styles are the one kind of hiding a static copy of the page (the scan) can see.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether text directly inside an element with this tag name is page prose (the language sample). */
export function isProseTag(tagName: string): boolean {
  return TAG_KIND.get(tagName) !== TAG_SKIP;
}

export function isInline(el: NodeLike): boolean {
  return TAG_KIND.get(el.nodeName) === TAG_INLINE;
}

/** Whether the walker refuses this element and everything under it. */
export function isSkipped<N extends NodeLike>(el: N, hooks: WalkHooks<N>, kind = TAG_KIND.get(el.nodeName)): 'skip' | 'hidden' | false {
  if (kind === TAG_SKIP || hooks.isOwnUi?.(el)) return 'skip';
  // Most elements of a big page carry no attribute at all: one call instead of three.
  if (el.hasAttributes?.() === false) return false;
  // Editable regions belong to the user's typing; highlights there would fight the caret.
  const editable = el.getAttribute?.('contenteditable');
  if (editable != null && editable !== 'false') return 'skip';
  if (el.getAttribute?.('hidden') != null) return 'hidden';
  const style = el.getAttribute?.('style');
  if (style && HIDDEN_STYLE.test(style)) return 'hidden';
  return false;
}

/** The block-level element (or root) whose subtree contains every run touching `node`. */
export function ownerOf<N extends NodeLike>(node: N): N {
  let current = (node.nodeType === TEXT_NODE ? node.parentNode : node) as N | null;
  while (current && current.nodeType === ELEMENT_NODE && isInline(current)) current = current.parentNode as N | null;
  return current ?? node;
}

/** Runs carrying Chinese text under `root`, in document order (open shadow roots in place). */
export function* walkRuns<N extends NodeLike>(root: N, hooks: WalkHooks<N>): Generator<TextRun<N>> {
  const maxLength = hooks.maxRunLength ?? Infinity;
  const closed = hooks.closedShadowRootOf;
  const rootOf = (el: N): N | null | undefined =>
    (el.shadowRoot as N | null | undefined) ?? (closed && el.nodeName.includes('-') ? closed(el) : null);
  let segments: TextPiece<N>[] = [];
  let length = 0;
  let hasHan = false;
  const owners: N[] = [ownerOf(root)];
  let runOwner: N = owners[0]!;

  // Every block boundary takes: a new array only when a run is handed out (text without Han,
  // mostly whitespace between blocks, leaves the array to be reused).
  const take = (): TextRun<N> | undefined => {
    const run = hasHan ? { owner: runOwner, segments } : undefined;
    if (run) segments = [];
    else segments.length = 0;
    length = 0;
    hasHan = false;
    return run;
  };

  /** A text node that does not fit the run: earlier text goes out first, a long node is cut at punctuation. */
  function* addText(node: N, data: string): Generator<TextRun<N>> {
    const pending = take();
    if (pending) yield pending;
    runOwner = owners[owners.length - 1]!;
    let from = 0;
    for (const to of cutPoints(data, maxLength)) {
      segments.push({ node, from, to });
      length = to - from;
      hasHan = HAN.test(from === 0 && to === data.length ? data : data.slice(from, to));
      if (to < data.length) {
        const run = take();
        if (run) yield run;
      }
      from = to;
    }
  }

  function* walkShadow(shadow: N): Generator<TextRun<N>> {
    hooks.shadowRoot?.(shadow);
    const pending = take();
    if (pending) yield pending;
    yield* walkRuns(shadow, hooks);
  }

  if (root.nodeType === TEXT_NODE) {
    const data = root.nodeValue ?? '';
    if (data.length > 0) yield* addText(root, data);
    const last = take();
    if (last) yield last;
    return;
  }
  if (root.nodeType === ELEMENT_NODE) {
    if (isSkipped(root, hooks)) return;
    hooks.enterBlock?.(root);
    const shadow = rootOf(root);
    if (shadow) yield* walkShadow(shadow);
  }

  // Each DOM property is read once per node: on a big page this loop runs mostly before the
  // engine optimizes it, and every read crosses into the browser.
  let node = root.firstChild as N | null;
  while (node) {
    let child: N | null = null;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      // The common case inline: a generator per text node would be 100 000 allocations on big pages.
      if (length + data.length <= maxLength) {
        if (data.length > 0) {
          if (segments.length === 0) runOwner = owners[owners.length - 1]!;
          segments.push({ node, from: 0, to: data.length });
          length += data.length;
          hasHan ||= HAN.test(data);
        }
      } else {
        yield* addText(node, data);
      }
    } else if (type === ELEMENT_NODE) {
      const el = node;
      const tag = el.nodeName;
      const kind = TAG_KIND.get(tag);
      const skipped = isSkipped(el, hooks, kind);
      if (skipped === 'hidden') hooks.hidden?.(el);
      if (!skipped) {
        child = el.firstChild as N | null;
        if (kind !== TAG_INLINE) {
          const pending = take();
          if (pending) yield pending;
          // Only a block with children is climbed out of (below); an empty one ends here.
          if (child) owners.push(el);
          hooks.enterBlock?.(el);
        }
        // Checked here, not in walkShadow: a generator per element is 20 000 allocations on big pages.
        const shadow = rootOf(el);
        if (shadow) yield* walkShadow(shadow);
        if (tag === 'BR') {
          const pending = take();
          if (pending) yield pending;
        }
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Climb until a next sibling exists, closing every block left behind: a parent is a block
    // entered by this walk exactly when it tops `owners` (no tag lookup per level).
    let next = node.nextSibling as N | null;
    while (!next) {
      node = node.parentNode as N | null;
      if (!node || node === root) break;
      if (node === owners[owners.length - 1]) {
        const pending = take();
        if (pending) yield pending;
        owners.pop();
      }
      next = node.nextSibling as N | null;
    }
    node = next;
  }
  const last = take();
  if (last) yield last;
}

/** A run's text as the detector reads it: its pieces joined as written (an inline <b> leaves no gap). */
export function runText(run: TextRun): string {
  let text = '';
  for (const s of run.segments) {
    const data = s.node.nodeValue ?? '';
    text += s.from === 0 && s.to === data.length ? data : data.slice(s.from, s.to);
  }
  return text;
}

/** Longest run the content script hands the detector at once: keeps each slice item well under a millisecond. */
export const MAX_RUN_LENGTH = 4096;

// Line breaks inside a text node are layout, not words' ends (九\n江 in pretty-printed HTML);
// replaced one for one so offsets stay offsets into the node.
const BREAKS = /[\n\r\f]/g;

/** A run's text as one paragraph of the detector's input ('\n' ends paragraphs there). */
export function asParagraph(text: string): string {
  return text.includes('\n') || text.includes('\r') || text.includes('\f') ? text.replace(BREAKS, ' ') : text;
}

/** The visible text under `root` as the content script reads it: one paragraph per run, '\n' between. */
export function visibleText(root: NodeLike): string {
  const out: string[] = [];
  for (const run of walkRuns(root, { maxRunLength: MAX_RUN_LENGTH })) out.push(asParagraph(runText(run)));
  return out.join('\n');
}
