/**
 * Page text as the detector sees it, and the way back to where it came from.
 *
 * Pages write 九 江, ４５个工作日 or put a <b> in the middle of a name; the automaton should see 九江
 * and 45个工作日. Normalizing keeps a map from every normalized code unit to its original one.
 */

export interface NormalizedText {
  /** Text with full-width ASCII folded, ideographic spaces as spaces, and spaces inside CJK removed. */
  readonly text: string;
  /** origin[i] = index in the original text of normalized code unit i; origin[text.length] = original length. */
  readonly origin: Int32Array;
}

// Spaces a page may put inside a name: ASCII, tab, NBSP, ideographic.
const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
// Never visible, dropped everywhere: zero-width space/joiners, BOM, soft hyphen.
const isInvisible = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0xad;
// CJK ideographs, CJK punctuation and full-width forms: spaces between two of these are layout.
const isCjk = (c: number): boolean =>
  (c >= 0x2e80 && c <= 0x9fff && c !== 0x3000) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII → ASCII
  if (c === 0x3000 || c === 0xa0) return 0x20;
  return c;
}

// Code units normalizing may change: gaps, invisibles and full-width ASCII. A table, not a RegExp:
// the scan over every code unit of a page is the hot loop here.
const SPECIAL = new Uint8Array(65536);
for (const c of [0x09, 0x20, 0xa0, 0x3000, 0x200b, 0x200c, 0x200d, 0xfeff, 0xad]) SPECIAL[c] = 1;
SPECIAL.fill(1, 0xff01, 0xff5f);
// Surrogates: a pair passes through, a lone one keeps the text off the decoder.
const SURROGATE = 2;
SPECIAL.fill(SURROGATE, 0xd800, 0xe000);
// With a script table: SPECIAL plus its traditional characters, so the hot loop reads one table.
const TRADITIONAL = 3;
const withScript = new WeakMap<Uint16Array, Uint8Array>();
function specialWith(script: Uint16Array): Uint8Array {
  let table = withScript.get(script);
  if (!table) {
    table = SPECIAL.slice();
    for (let c = 0; c < 65536; c++) if (script[c] !== 0 && table[c] === 0) table[c] = TRADITIONAL;
    withScript.set(script, table);
  }
  return table;
}

const PAREN = 4;
SPECIAL[0x28] = PAREN; // ( — the full-width （ is special already, as full-width ASCII

// Letters of pinyin written with tone marks or as plain Latin (guó, lü, chang), lower case.
const PINYIN_LETTER = new Uint8Array(0x250);
PINYIN_LETTER.fill(1, 0x61, 0x7b);
for (const c of 'āáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ') PINYIN_LETTER[c.charCodeAt(0)] = 1;
const MAX_SYLLABLE = 6; // zhuang, chuang: the longest pinyin syllable

/**
 * Where the bracketed pinyin opening at i ends (the index after its closing bracket), or -1: one
 * syllable, optionally with a tone digit, right after a CJK character.
 */
function pinyinBracketEnd(original: string, i: number, last: number): number {
  if (!isCjk(last) || last >= 0xff00) return -1;
  let j = i + 1;
  while (j < original.length && j - i - 1 <= MAX_SYLLABLE) {
    const c = original.charCodeAt(j);
    if (c < 0x250 && PINYIN_LETTER[c] === 1) j++;
    else break;
  }
  if (j === i + 1 || j - i - 1 > MAX_SYLLABLE) return -1;
  if (j < original.length && original.charCodeAt(j) >= 0x31 && original.charCodeAt(j) <= 0x35) j++;
  const close = original.charCodeAt(j);
  return close === 0x29 || close === 0xff09 ? j + 1 : -1;
}

/**
 * The normalized text with its offset map kept compact: normalizing only drops code units or
 * replaces one by one, so origin[j] = j + shift, and the shift changes only after a dropped run.
 * cutAt[k] is the first normalized index whose shift is cutShift[k] (both ascending).
 */
export interface CompactNormalized {
  readonly text: string;
  readonly cutAt: Int32Array;
  readonly cutShift: Int32Array;
}

// foldScript's code units become one string in a single native call. Browsers and Node both run
// on little-endian hardware, which is what a Uint16Array holds.
const UTF16 = new TextDecoder('utf-16le');

// foldScript's buffer, reused between calls (and grown when a longer text comes).
let scratch = new Uint16Array(4096);

/**
 * The changes made so far: unchanged runs between them are kept as slices of the original. A class
 * with fields, not closures over the loop's variables: the loop below runs for every code unit of
 * a page, often before the JIT has optimized it, and reads only locals.
 */
class Pieces {
  readonly parts: string[] = [];
  readonly cutAt: number[] = [];
  readonly cutShift: number[] = [];
  /** Start of the run of code units kept as they are, not yet in parts. */
  runFrom = 0;
  /** The last code unit kept before runFrom. */
  lastBefore = 0;
  dropped = 0;

  constructor(private readonly original: string) {}

  /** The last code unit kept before original index i. */
  lastKept(i: number): number {
    return i > this.runFrom ? this.original.charCodeAt(i - 1) : this.lastBefore;
  }

  replace(i: number, unit: number): void {
    if (i > this.runFrom) this.parts.push(this.original.slice(this.runFrom, i));
    this.parts.push(String.fromCharCode(unit));
    this.lastBefore = unit;
    this.runFrom = i + 1;
  }

  drop(i: number, j: number): void {
    this.lastBefore = this.lastKept(i);
    if (i > this.runFrom) this.parts.push(this.original.slice(this.runFrom, i));
    this.runFrom = j;
    const n = i - this.dropped; // the normalized index of the next code unit kept
    this.dropped += j - i;
    // A run of drops updates one cut.
    const { cutAt, cutShift } = this;
    if (cutAt.length > 0 && cutAt[cutAt.length - 1] === n) cutShift[cutShift.length - 1] = this.dropped;
    else {
      cutAt.push(n);
      cutShift.push(this.dropped);
    }
  }
}

/**
 * script (scriptTable) also folds traditional characters in the same pass, as foldScript would after
 * it: the table maps CJK to CJK only, so no gap decision changes, and the page is read once, not twice.
 *
 * Pages change in few places (a space between two ideographs here and there), so the text is read
 * without being copied, and the result is the unchanged runs between changes, joined once.
 */
export function normalizeCompact(original: string, script?: Uint16Array): CompactNormalized {
  const len = original.length;
  const special = script === undefined ? SPECIAL : specialWith(script);
  let pieces: Pieces | undefined; // made at the first change
  let lone = false; // a lone surrogate
  let folded = false; // a traditional character folded
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    const kind = special[c];
    if (kind === 0) continue;
    if (kind === TRADITIONAL) {
      (pieces ??= new Pieces(original)).replace(i, script![c]!);
      folded = true;
      continue;
    }
    if (kind === SURROGATE) {
      if (c <= 0xdbff && i + 1 < len && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else lone = true;
      continue;
    }
    pieces ??= new Pieces(original);
    if (isInvisible(c)) {
      pieces.drop(i, i + 1);
      continue;
    }
    const last = pieces.lastKept(i);
    if (kind === PAREN || c === 0xff08) {
      const after = pinyinBracketEnd(original, i, last);
      if (after > 0) {
        pieces.drop(i, after);
        i = after - 1;
        continue;
      }
    }
    if (isGap(c) && (isCjk(last) || isDigit(last))) {
      let j = i;
      while (j < len && (isGap(original.charCodeAt(j)) || isInvisible(original.charCodeAt(j)))) j++;
      const next = j < len ? fold(original.charCodeAt(j)) : 0;
      // 九 江 → 九江, 45 个工作日 → 45个工作日; 2025 09 stays two numbers.
      if (isCjk(next) || (isDigit(next) && isCjk(last))) {
        pieces.drop(i, j);
        i = j - 1;
        continue;
      }
    }
    const ascii = fold(c);
    if (ascii !== c) pieces.replace(i, ascii);
  }
  if (!pieces || (pieces.parts.length === 0 && pieces.runFrom === 0)) return { text: original, cutAt: NO_CUTS, cutShift: NO_CUTS };
  pieces.parts.push(original.slice(pieces.runFrom));
  const text = pieces.parts.join('');
  return {
    // Folding used to decode the text, which turns a lone surrogate into U+FFFD (one unit for one).
    text: lone && folded ? text.replace(LONE_SURROGATE, '\ufffd') : text,
    cutAt: Int32Array.from(pieces.cutAt),
    cutShift: Int32Array.from(pieces.cutShift),
  };
}

const NO_CUTS = new Int32Array(0);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalizeText(original: string): NormalizedText {
  const norm = normalizeCompact(original);
  const n = norm.text.length;
  const origin = new Int32Array(n + 1);
  let k = 0;
  let shift = 0;
  for (let j = 0; j <= n; j++) {
    while (k < norm.cutAt.length && norm.cutAt[k]! <= j) shift = norm.cutShift[k++]!;
    origin[j] = j + shift;
  }
  return { text: norm.text, origin };
}

/** Original [start, end) of a normalized [start, end). */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.origin[start]!, end > start ? norm.origin[end - 1]! + 1 : norm.origin[start]!];
}

/** A traditional → simplified table as a lookup: table[c] is c's simplified form, 0 when none. */
export function scriptTable(pairs: string): Uint16Array {
  const table = new Uint16Array(65536);
  for (let i = 0; i + 1 < pairs.length; i += 2) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return table;
}

/**
 * The text with traditional characters folded to simplified (廣州 → 广州), one code unit for one, so
 * every offset stays as it was; the same string when nothing needs folding.
 */
export function foldScript(text: string, table: Uint16Array): string {
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  if (scratch.length < text.length) scratch = new Uint16Array(text.length);
  const out = scratch;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const s = table[c]!;
    out[j] = s === 0 ? c : s;
  }
  return UTF16.decode(out.subarray(0, text.length));
}
