/**
 * Both ends of a transfer when one sentence names them: "从江西九江跨省转移到广东广州", "九江转到广州",
 * "由九江转至广州", "九江转入广州". Until the matcher reports transfer pairs with its scan (the pair
 * contract), the card context takes the other end from here, so a card for 九江 in that sentence
 * knows the other end is 广州 rather than saying it is not given.
 */
export interface SentencePlace {
  /** Region code. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface TransferPair {
  readonly from: string;
  readonly to: string;
}

/** Places written back to back (江西九江) are one place, named by its last, most specific part. */
function groups(places: readonly SentencePlace[]): { id: string; start: number; end: number; ids: string[] }[] {
  const out: { id: string; start: number; end: number; ids: string[] }[] = [];
  for (const p of [...places].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && p.start - last.end <= 1) {
      last.id = p.id;
      last.end = p.end;
      last.ids.push(p.id);
    } else out.push({ id: p.id, start: p.start, end: p.end, ids: [p.id] });
  }
  return out;
}

// Between the two ends: a move word and a direction (转移到, 转到, 转至, 转入, 迁往, 调到), or 到/至 after 从/由.
const MOVE_BETWEEN = /(转移|转接|转|迁移|迁|调动|调)[^，。；,;]{0,6}?(到|至|入|往)|^[^，。；,;]{0,12}(到|至)/;
const FROM_BEFORE = /[从由自]\s*$/;

export function pairInSentence(sentence: string, places: readonly SentencePlace[]): TransferPair | undefined {
  const g = groups(places);
  for (let i = 0; i + 1 < g.length; i++) {
    const a = g[i]!;
    const b = g[i + 1]!;
    if (a.id === b.id) continue;
    const between = sentence.slice(a.end, b.start);
    if (between.length > 16 || /[，。；,;]/.test(between)) continue;
    const before = sentence.slice(Math.max(0, a.start - 2), a.start);
    if (/(转移|转接|转|迁移|迁|调动|调)[^，。；,;]{0,6}?(到|至|入|往)/.test(between) || (FROM_BEFORE.test(before) && MOVE_BETWEEN.test(between))) {
      return { from: a.id, to: b.id };
    }
  }
  return undefined;
}

/** The other end for a card about `code` (or a part of it, 江西 in 江西九江), when the pair names it. */
export function otherEndOf(code: string, sentence: string, places: readonly SentencePlace[]): string | undefined {
  const pair = pairInSentence(sentence, places);
  if (!pair) return undefined;
  const g = groups(places);
  const groupOf = (id: string) => g.find((x) => x.id === id)!;
  if (groupOf(pair.from).ids.includes(code)) return pair.to;
  if (groupOf(pair.to).ids.includes(code)) return pair.from;
  return undefined;
}
