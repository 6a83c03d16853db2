import { MAX_RUN_LENGTH, asParagraph, isInline as isInlineLike, ownerOf as ownerOfLike, walkRuns, type NodeLike, type TextPiece, type TextRun, type WalkHooks } from '../../../lib/reading/visible-text';

/**
 * The content script's reader: lib/reading/visible-text.ts (the one walker and its table, shared with
 * `npm run scan`) over the live DOM, with runs cut for time slices and the annotator's hooks.
 */
export type Segment = TextPiece<Text>;

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
  /** A custom element's closed shadow root, where the browser lets us see it (shadow-roots.ts). */
  closedShadowRootOf?(el: Element): ShadowRoot | null | undefined;
  /** Called for each shadow root found, so it can be observed and styled. */
  shadowRoot?(root: ShadowRoot): void;
  /** Called for subtrees skipped as hidden, so they can be read once shown. */
  hidden?(el: Element): void;
}

export { MAX_RUN_LENGTH };

export const isInline = (el: Element): boolean => isInlineLike(el as unknown as NodeLike);
export const ownerOf = (node: Node): Node => ownerOfLike(node as unknown as NodeLike) as unknown as Node;

export function collectRuns(root: Node, hooks: CollectHooks): Generator<Run> {
  // The DOM is a NodeLike tree; the casts only tell TypeScript what the walker hands back.
  const walkHooks = { ...hooks, maxRunLength: MAX_RUN_LENGTH } as unknown as WalkHooks;
  return walkRuns(root as unknown as NodeLike, walkHooks) as unknown as Generator<TextRun<NodeLike> & Run>;
}

// Indexed loops below, not for…of: this code runs once per page, mostly before the engine
// optimizes it, and an unoptimized for…of allocates an iterator per loop (~1 MB on the bench page).

export function runLength(run: Run): number {
  const segments = run.segments;
  let n = 0;
  for (let i = 0; i < segments.length; i++) n += segments[i]!.to - segments[i]!.from;
  return n;
}

/**
 * Appends the run's text now to `parts`, one piece per text node with line breaks made spaces (as
 * the detector reads a paragraph), and returns its length; undefined, with `parts` as it was, if a
 * node shrank since collection (its own mutation rescans it). A batch joins its pieces once, so no
 * string is built per run and no text is copied twice.
 */
function pushRunText(run: Run, parts: string[]): number | undefined {
  const mark = parts.length;
  const segments = run.segments;
  let length = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const data = s.node.data;
    if (data.length < s.to) {
      parts.length = mark;
      return undefined;
    }
    const piece = asParagraph(s.from === 0 && s.to === data.length ? data : data.slice(s.from, s.to));
    parts.push(piece);
    length += piece.length;
  }
  return length;
}

/**
 * The text of runs read together: each run's text now, joined by '\n' (the detector's paragraph
 * ends); `kept` the runs still whole, `ends[i]` where kept[i]'s text ends in `text`.
 */
export function joinRuns(runs: readonly Run[]): { text: string; kept: Run[]; ends: number[] } {
  const parts: string[] = [];
  const kept: Run[] = [];
  const ends: number[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (kept.length) parts.push('\n');
    const length = pushRunText(run, parts);
    if (length === undefined) {
      if (kept.length) parts.pop();
      continue;
    }
    ends.push((kept.length ? ends[ends.length - 1]! + 1 : 0) + length);
    kept.push(run);
  }
  return { text: parts.join(''), kept, ends };
}
