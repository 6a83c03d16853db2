/**
 * Transfer pairs: two places joined by a moving verb in one clause — 从深圳转到九江, 深圳医保转入九江,
 * 由上海迁往杭州, 广州→龙岩 — give the two ends of a transfer, so a card and the popup know both.
 * A compound end (江西九江) counts as its most specific part. Found once per scan among the
 * resolved places, in the normalized text (spaces inside CJK gone, full-width folded): the detector
 * maps the spans back to the page's text, and the topic rules read the verb between the ends.
 */
import type { Region } from '../../data/schema';
import type { TransferPair } from './types';

// What may stand between the two ends: an optional scheme or relation word, then the verb.
const SCHEME = '(?:的)?(?:(?:职工|城乡居民|居民|基本)?(?:医保|医疗保险|社保)(?:关系|个人账户|账户)?|关系|户口|工作)?';
const VERB = '(?:转移到|转移至|转移接续到|转接到|转到|转至|转入|转往|转回|迁往|迁到|迁至|迁入|调到|调往|划转到|划转至|→|->|⇒|—>)';
// The way of moving may be said before the verb (跨省转移到, 省内转入, 办理转移到), and where the
// second end stands after it (转回老家安徽): still the same two ends.
const SCOPE = '(?:跨省|跨市|跨地区|跨统筹区|省内|市内|异地)?(?:办理|申请)?';
const TO_HOME = '(?:老家|原籍|户籍地)?';
const BETWEEN = new RegExp(`^${SCHEME}${SCOPE}${VERB}${TO_HOME}$`);
const MAX_BETWEEN = 16;

/** Resolved places as the detector holds them (place-resolution PlaceList): spans, regions, compound partners. */
export interface PlacesForPairs {
  readonly flat: Int32Array;
  readonly region: readonly Region[];
  readonly partner: Int32Array;
}

/** A pair and where its verb stands: between the first end's end and the second's start. */
export interface PairAt extends TransferPair {
  readonly verbStart: number;
  readonly verbEnd: number;
}

interface End {
  code: string;
  start: number;
  end: number;
}

/** Places grouped into ends: adjacent compound parts (江西九江) become one end. */
function endsOf(places: PlacesForPairs): End[] {
  const ends: End[] = [];
  let last: End | undefined;
  for (let k = 0; k < places.flat.length / 3; k++) {
    const code = places.region[k]!.code;
    const start = places.flat[k * 3]!;
    const end = places.flat[k * 3 + 1]!;
    if (last && start === last.end && places.partner[k]! >= 0) {
      last.code = code;
      last.end = end;
      continue;
    }
    last = { code, start, end };
    ends.push(last);
  }
  return ends;
}

/** The pairs among the places in order of start, in the offsets of the text they were found in. */
export function transferPairs(text: string, places: PlacesForPairs): PairAt[] {
  if (places.flat.length < 6) return [];
  const ends = endsOf(places);
  const pairs: PairAt[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const a = ends[i]!;
    const b = ends[i + 1]!;
    // Adjacent ends (广东湖南) have no verb between them.
    if (a.code === b.code || b.start === a.end || b.start - a.end > MAX_BETWEEN) continue;
    if (!BETWEEN.test(text.slice(a.end, b.start).replace(/\s+/g, ''))) continue;
    // 从/由 before the first end makes the start of the span; without it the span starts at the end.
    const lead = text[a.start - 1];
    const start = lead === '从' || lead === '由' ? a.start - 1 : a.start;
    pairs.push({ from: a.code, to: b.code, start, end: b.end, verbStart: a.end, verbEnd: b.start });
  }
  return pairs;
}
