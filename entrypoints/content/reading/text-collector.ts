import { cutPoints } from '../../../lib/reading/text-cut';

/**
 * Walks a subtree and yields runs: maximal stretches of text not broken by a block boundary, so a
 * name split over inline elements (广<b>州</b>) is read as one word while text in neighbouring
 * paragraphs never joins. A generator, so the caller can stop after any run and resume later.
 */
export interface Segment {
  node: Text;
  from: number;
  to: number;
}

export interface Run {
  /** Nearest block-level ancestor (or shadow root / document): the unit rescanned on change. */
  owner: Node;
  segments: Segment[];
}

export interface CollectHooks {
  /** Our own UI host: never read. */
  isOwnUi(el: Element): boolean;
  /** Called for each block element entered, so records of a rescanned subtree can be dropped. */
  enterBlock?(el: Node): void;
  /** Called for each open shadow root found, so it can be observed and styled. */
  shadowRoot?(root: ShadowRoot): void;
  /** Called for subtrees skipped as hidden, so they can be read once shown. */
  hidden?(el: Element): void;
}

/** Elements whose text is not page prose, or cannot carry highlights. */
const SKIP = [
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'math', 'HEAD', 'TITLE',
];

/** Elements laid out inline by default: text on both sides belongs to one run. */
const INLINE = [
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
];

// One lookup per element tells all three apart; any tag not listed is a block.
const TAG_SKIP = 2;
const TAG_INLINE = 1;
const TAG_KIND = new Map<string, number>([...SKIP.map((t) => [t, TAG_SKIP] as const), ...INLINE.map((t) => [t, TAG_INLINE] as const)]);

/** Longest text handed to the detector at once: keeps each slice item well under a millisecond. */
export const MAX_RUN_LENGTH = 4096;

const HAN = /[\u3400-\u9fff]/;

export function isInline(el: Element): boolean {
  return TAG_KIND.get(el.tagName) === TAG_INLINE;
}

/** Whether the walker refuses this element and everything under it. */
export function isSkipped(el: Element, hooks: CollectHooks, kind = TAG_KIND.get(el.tagName)): 'skip' | 'hidden' | false {
  if (kind === TAG_SKIP || hooks.isOwnUi(el)) return 'skip';
  // Editable regions belong to the user's typing; highlights there would fight the caret.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'skip';
  if (el.hasAttribute('hidden')) return 'hidden';
  return false;
}

/** The block-level element (or root) whose subtree contains every run touching `node`. */
export function ownerOf(node: Node): Node {
  let current: Node | null = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

export function* collectRuns(root: Node, hooks: CollectHooks): Generator<Run> {
  let segments: Segment[] = [];
  let length = 0;
  let hasHan = false;
  const owners: Node[] = [ownerOf(root)];
  let runOwner: Node = owners[0]!;

  const take = (): Run | undefined => {
    const run = hasHan ? { owner: runOwner, segments } : undefined;
    segments = [];
    length = 0;
    hasHan = false;
    return run;
  };

  function* addText(node: Text): Generator<Run> {
    const data = node.data;
    if (data.length === 0) return;
    if (segments.length === 0) runOwner = owners[owners.length - 1]!;
    if (length + data.length <= MAX_RUN_LENGTH) {
      segments.push({ node, from: 0, to: data.length });
      length += data.length;
      hasHan ||= HAN.test(data);
      return;
    }
    // A long text node is cut at punctuation; earlier text in the run goes out first.
    const pending = take();
    if (pending) yield pending;
    runOwner = owners[owners.length - 1]!;
    let from = 0;
    for (const to of cutPoints(data, MAX_RUN_LENGTH)) {
      const piece = data.slice(from, to);
      segments.push({ node, from, to });
      length = to - from;
      hasHan = HAN.test(piece);
      if (to < data.length) {
        const run = take();
        if (run) yield run;
      }
      from = to;
    }
  }

  function* walkShadow(host: Element): Generator<Run> {
    const shadow = host.shadowRoot;
    if (!shadow) return;
    hooks.shadowRoot?.(shadow);
    const pending = take();
    if (pending) yield pending;
    yield* collectRuns(shadow, hooks);
  }

  if (root.nodeType === Node.TEXT_NODE) {
    yield* addText(root as Text);
    const last = take();
    if (last) yield last;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE) {
    if (isSkipped(root as Element, hooks)) return;
    hooks.enterBlock?.(root);
    yield* walkShadow(root as Element);
  }

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // The common case inline: a generator per text node would be 100 000 allocations on big pages.
      if (length + data.length <= MAX_RUN_LENGTH) {
        if (data.length > 0) {
          if (segments.length === 0) runOwner = owners[owners.length - 1]!;
          segments.push({ node: node as Text, from: 0, to: data.length });
          length += data.length;
          hasHan ||= HAN.test(data);
        }
      } else {
        yield* addText(node as Text);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName;
      const kind = TAG_KIND.get(tag);
      const skipped = isSkipped(el, hooks, kind);
      if (skipped === 'hidden') hooks.hidden?.(el);
      if (!skipped) {
        const inline = kind === TAG_INLINE;
        if (!inline) {
          const pending = take();
          if (pending) yield pending;
          owners.push(el);
          hooks.enterBlock?.(el);
        }
        // Checked here, not in walkShadow: a generator per element is 20 000 allocations on big pages.
        if (el.shadowRoot) yield* walkShadow(el);
        descend = el.firstChild !== null;
        if (!descend && !inline) owners.pop();
        if (tag === 'BR') {
          const pending = take();
          if (pending) yield pending;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing every block element left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
        const pending = take();
        if (pending) yield pending;
        owners.pop();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const last = take();
  if (last) yield last;
}
