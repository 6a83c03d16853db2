/**
 * Transfer pairs: two places joined by a moving verb in one clause — 从深圳转到九江, 深圳医保转入九江,
 * 由上海迁往杭州, 广州→龙岩 — give the two ends of a transfer, so a card and the popup know both.
 * A compound end (江西九江) counts as its most specific part.
 */
import { foldScript } from './normalize';
import type { Mention, TransferPair } from './types';

// What may stand between the two ends: an optional scheme or relation word, then the verb.
const SCHEME = '(?:的)?(?:(?:职工|城乡居民|居民|基本)?(?:医保|医疗保险|社保)(?:关系|个人账户|账户)?|关系|户口|工作)?';
const VERB = '(?:转移到|转移至|转移接续到|转接到|转到|转至|转入|转往|转回|迁往|迁到|迁至|迁入|调到|调往|划转到|划转至|→|->|⇒|—>)';
const BETWEEN = new RegExp(`^${SCHEME}${VERB}$`);

interface End {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** Place mentions grouped into ends: adjacent compound parts (江西九江) become one end. */
function endsOf(mentions: readonly Mention[]): End[] {
  const ends: End[] = [];
  let last: { code: string; start: number; end: number } | undefined;
  for (const m of mentions) {
    if (m.kind !== 'place') continue;
    if (last && m.start === last.end && m.linkedTo !== undefined) {
      last.code = m.id;
      last.end = m.end;
      continue;
    }
    last = { code: m.id, start: m.start, end: m.end };
    ends.push(last);
  }
  return ends;
}

/**
 * script (normalize.ts scriptTable) folds traditional characters (轉到, 從) in the few short pieces
 * read here, so the caller need not fold the whole page for them; folding is per code unit.
 */
export function transferPairs(text: string, mentions: readonly Mention[], script?: Uint16Array): TransferPair[] {
  const ends = endsOf(mentions);
  const pairs: TransferPair[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const a = ends[i]!;
    const b = ends[i + 1]!;
    if (a.code === b.code || b.start - a.end > 16) continue;
    const between = text.slice(a.end, b.start);
    if (!BETWEEN.test((script ? foldScript(between, script) : between).replace(/\s+/g, ''))) continue;
    // 从/由 before the first end makes the start of the span; without it the span starts at the end.
    const written = text[a.start - 1];
    const lead = script && written !== undefined ? foldScript(written, script) : written;
    const start = lead === '从' || lead === '由' ? a.start - 1 : a.start;
    pairs.push({ from: a.code, to: b.code, start, end: b.end });
  }
  return pairs;
}
