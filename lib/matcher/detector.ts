/**
 * The detection engine shared by the content script, the popup, the tests and `npm run scan`:
 * one automaton built once from data/, one pass per block of text, then place rules, topics,
 * stale claims and the page's subject.
 */
import type { Blocker, Claim, Region, Topic, TopicId } from '../../data/schema';
import { buildAutomaton, type Automaton } from './automaton';
import { leftmostLongest, sortByStart } from './leftmost-longest';
import { countTopics, mergeSorted, partition } from './match-lists';
import {
  chooseCandidate,
  contextNeed,
  contextSpan,
  leastNeed,
  fullNameSwallowed,
  hasSuffixContext,
  indexDistricts,
  INSURANCE_WORDS,
  isDistrictOf,
  isExampleFrame,
  isInside,
  isListSeparator,
  type PlaceName,
} from './place-rules';
import { pickSubject, type Subject } from './subject';
import { joinSegments, normalizeCompact, normalizeText, type NodeRange, type Segment } from './text-source';

// Data text rarely needs normalizing; skip the work when nothing in it would change.
const MAY_CHANGE = /[\s\u00a0\u3000\u200b-\u200d\ufeff\u00ad\uff01-\uff5e]/;
const normKey = (t: string): string => (MAY_CHANGE.test(t) ? normalizeText(t).text : t);

/** What the detector reads of a topic: the words that signal it, and its name for the mention. */
export type DetectorTopic = Pick<Topic, 'id' | 'keywords'> & { readonly label: Pick<Topic['label'], 'zh'> };
/** What the detector reads of a claim: its wordings, and what the mention names and links to. */
export type DetectorClaim = Pick<Claim, 'id' | 'kind' | 'patterns' | 'holdsRule'> & { readonly says: Pick<Claim['says'], 'zh'> };

export interface DetectorData {
  readonly regions: readonly Region[];
  readonly blockers: readonly Blocker[];
  readonly topics: readonly DetectorTopic[];
  readonly claims: readonly DetectorClaim[];
  /** Ordinary words that contain an ambiguous name (三明治, 孙中山): a match inside one is no place. */
  readonly ordinaryWords?: readonly string[];
}

export type MentionKind = 'place' | 'topic' | 'claim';

export interface PlaceInfo {
  readonly code: string;
  readonly name: string;
  readonly level: Region['level'];
  /** The prefecture of a county-level city (昆山 → 苏州市), for rules. */
  readonly prefecture?: string;
  readonly province: string;
}

export interface Mention {
  readonly kind: MentionKind;
  /** Region code, topic id or claim id. */
  readonly id: string;
  /** Official name, topic label or what the claim says (zh). */
  readonly name: string;
  /** The text as written in the input. */
  readonly text: string;
  /** UTF-16 offsets into the input text. */
  readonly start: number;
  readonly end: number;
  readonly region?: PlaceInfo;
  /**
   * Index in `mentions` of the compound partner (江西九江): the more specific part when there is one
   * (江苏苏州昆山: 江苏 → 苏州 → 昆山, 昆山 → 苏州).
   */
  linkedTo?: number;
  /** Topics in the same paragraph (places only). */
  topics?: TopicId[];
  /** Topics in the same sentence (places only). */
  sentenceTopics?: TopicId[];
  readonly claim?: { readonly kind: Claim['kind']; readonly holdsRule: string };
}

export interface ScanCounts {
  place: number;
  topic: number;
  'claim': number;
}

export interface ScanResult {
  mentions: Mention[];
  subject?: Subject;
  counts: ScanCounts;
}

export interface SegmentMention<N> extends Mention {
  readonly ranges: NodeRange<N>[];
}

export interface SegmentScanResult<N> extends Omit<ScanResult, 'mentions'> {
  mentions: SegmentMention<N>[];
}

export interface ScanOptions {
  /** The page title; without it the first line of the text is taken as the headline. */
  readonly title?: string;
  /**
   * Whether the text's first line may be read as the page's headline (default true). A caller that
   * scans a page block by block passes false for every block but the first.
   */
  readonly headline?: boolean;
}

export interface Detector {
  scan(text: string, options?: ScanOptions): ScanResult;
  scanSegments<N>(segments: readonly Segment<N>[], options?: ScanOptions): SegmentScanResult<N>;
  readonly stats: { readonly patterns: number; readonly states: number; readonly buildMs: number };
  /** Every pattern text, for baselines and diagnostics. */
  readonly patternTexts: readonly string[];
}

type Layer = 'place' | 'topic' | 'claim' | 'context';

interface PatternInfo {
  readonly layer: Layer;
  readonly text: string;
  place?: PlaceName;
  district?: boolean;
  topics?: DetectorTopic[];
  claims?: DetectorClaim[];
}

const LAYER_ORDER: Layer[] = ['place', 'topic', 'claim', 'context'];
const HEADLINE_MAX = 120;
const MAX_CONTEXT_WORD = Math.max(...INSURANCE_WORDS.map((w) => w.length));

export function createDetector(data: DetectorData): Detector {
  const t0 = performance.now();
  const patterns: PatternInfo[] = [];
  const byKey = new Map<string, PatternInfo>();
  const pattern = (layer: Layer, text: string): PatternInfo => {
    const key = `${layer}\u0000${text}`;
    let p = byKey.get(key);
    if (!p) {
      p = { layer, text };
      byKey.set(key, p);
      patterns.push(p);
    }
    return p;
  };

  for (const region of data.regions) {
    for (const name of region.names) {
      const p = pattern('place', normKey(name.text));
      const place = (p.place ??= { text: p.text, candidates: [], need: 'none' });
      place.candidates.push({ region, name });
    }
  }
  for (const p of patterns) {
    if (p.place) p.place = { ...p.place, need: leastNeed(p.place.candidates.map((c) => contextNeed(c.name))) };
  }
  for (const b of data.blockers) {
    const p = pattern('place', b.text);
    if (!p.place) p.district = true;
  }
  for (const w of data.ordinaryWords ?? []) pattern('place', w);
  for (const topic of data.topics) {
    for (const k of topic.keywords) addOnce((pattern('topic', normKey(k)).topics ??= []), topic);
  }
  for (const claim of data.claims) {
    for (const k of claim.patterns) addOnce((pattern('claim', normKey(k)).claims ??= []), claim);
  }
  for (const w of INSURANCE_WORDS) pattern('context', w);

  const automaton: Automaton = buildAutomaton(patterns.map((p) => p.text));
  const districts = indexDistricts(data.blockers);
  const layerIndex = Int8Array.from(patterns, (p) => LAYER_ORDER.indexOf(p.layer));
  // Topics and claims by number, so a scan works on typed arrays and builds each mention once.
  const topicList = [...new Set(patterns.flatMap((p) => p.topics ?? []))];
  const topicNo = new Map(topicList.map((t, i) => [t, i]));
  const topicsOf = patterns.map((p) => (p.topics ?? []).map((t) => topicNo.get(t)!));
  const claimList = [...new Set(patterns.flatMap((p) => p.claims ?? []))];
  const claimNo = new Map(claimList.map((c, i) => [c, i]));
  const claimsOf = patterns.map((p) => (p.claims ?? []).map((c) => claimNo.get(c)!));
  const claimInfo = claimList.map((c) => Object.freeze({ kind: c.kind, holdsRule: c.holdsRule }));
  const layerBuffers = LAYER_ORDER.map(() => new Int32Array(256));
  const patternText = Object.freeze(patterns.map((p) => p.text));
  const buildMs = performance.now() - t0;

  function scan(original: string, options: ScanOptions = {}): ScanResult {
    const norm = normalizeCompact(original);
    const text = norm.text;
    // Every layer is copied or consumed below, before anything (the title's scan) runs again.
    const byLayer = partition(automaton.findAllShared(text), layerIndex, layerBuffers);
    const contextHits = sortByStart(byLayer[3]!);
    const places = resolvePlaces(text, leftmostLongest(notCrossing(byLayer[0]!, contextHits)), contextHits);

    // Keywords of different topics may overlap (跨省转移接续: 跨省转移 + 转移接续); one topic's may not.
    // Topics are listed in the order first met, which orders mentions sharing a span.
    const topicLayer = byLayer[1]!;
    const T = topicList.length;
    const sizes = new Int32Array(T);
    const topicOrder: number[] = [];
    for (let i = 2; i < topicLayer.length; i += 3) {
      const ts = topicsOf[topicLayer[i]!]!;
      for (let j = 0; j < ts.length; j++) {
        const t = ts[j]!;
        if (sizes[t] === 0) topicOrder.push(t);
        sizes[t] = sizes[t]! + 3;
      }
    }
    const perTopic: Int32Array[] = Array.from(sizes, (n) => new Int32Array(n));
    sizes.fill(0);
    for (let i = 0; i < topicLayer.length; i += 3) {
      const pid = topicLayer[i + 2]!;
      const ts = topicsOf[pid]!;
      for (let j = 0; j < ts.length; j++) {
        const t = ts[j]!;
        const list = perTopic[t]!;
        const at = sizes[t]!;
        list[at] = topicLayer[i]!;
        list[at + 1] = topicLayer[i + 1]!;
        list[at + 2] = pid * T + t;
        sizes[t] = at + 3;
      }
    }
    const claimLayer = leftmostLongest(byLayer[2]!);
    const claimTriples: number[] = [];
    for (let i = 0; i < claimLayer.length; i += 3) {
      const pid = claimLayer[i + 2]!;
      for (const c of claimsOf[pid]!) claimTriples.push(claimLayer[i]!, claimLayer[i + 1]!, pid * claimList.length + c);
    }
    const claimFlat = Int32Array.from(claimTriples);
    // Each list is sorted by (start, end); merging them in this order equals a stable sort of all.
    const lists: Int32Array[] = [places.flat, ...topicOrder.map((t) => leftmostLongest(perTopic[t]!)), claimFlat];
    const kinds: MentionKind[] = ['place', ...topicOrder.map((): MentionKind => 'topic'), 'claim'];
    const merged = mergeSorted(lists);
    const total = merged.length / 2;

    // Topic mentions in order, for the paragraph and sentence of each place.
    const topicCount = countTopics(merged, lists.length);
    const tStart = new Int32Array(topicCount);
    const tEnd = new Int32Array(topicCount);
    const tNo = new Int32Array(topicCount);
    const finalIndex = new Int32Array(places.count);
    for (let o = 0, k = 0; o < total; o++) {
      const l = merged[o * 2]!;
      const at = merged[o * 2 + 1]!;
      if (l === 0) finalIndex[at / 3] = o;
      else if (l < lists.length - 1) {
        tStart[k] = lists[l]![at]!;
        tEnd[k] = lists[l]![at + 1]!;
        tNo[k++] = lists[l]![at + 2]! % T;
      }
    }
    const context = topicContext(text, tStart, tEnd, tNo);

    const mentions: Mention[] = new Array(total);
    let placeCount = 0;
    let topicMentions = 0;
    const { cutAt, cutShift } = norm;
    let cut = 0;
    let shift = 0;
    for (let o = 0; o < total; o++) {
      const l = merged[o * 2]!;
      const at = merged[o * 2 + 1]!;
      const list = lists[l]!;
      const ns = list[at]!;
      const ne = list[at + 1]!;
      const ref = list[at + 2]!;
      // Starts only grow, so the shift before each start is found by walking on.
      while (cut < cutAt.length && cutAt[cut]! <= ns) shift = cutShift[cut++]!;
      const start = ns + shift;
      let endShift = shift;
      for (let k = cut; k < cutAt.length && cutAt[k]! <= ne - 1; k++) endShift = cutShift[k]!;
      const end = ne - 1 + endShift + 1;
      const kind = kinds[l]!;
      if (kind === 'place') {
        const p = ref;
        const region = places.region[p]!;
        const partner = places.partner[p]!;
        context.at(ns, ne);
        placeCount++;
        mentions[o] = {
          kind,
          id: region.code,
          name: region.name,
          text: written(original, start, end, places.patternOf[p]!),
          start,
          end,
          region: infoOf(region),
          linkedTo: partner < 0 ? undefined : finalIndex[partner],
          topics: context.paragraph,
          sentenceTopics: context.sentence,
        };
      } else if (kind === 'topic') {
        topicMentions++;
        const topic = topicList[ref % topicList.length]!;
        const pid = Math.floor(ref / topicList.length);
        mentions[o] = { kind, id: topic.id, name: topic.label.zh, text: written(original, start, end, pid), start, end };
      } else {
        const c = ref % claimList.length;
        const claim = claimList[c]!;
        const pid = Math.floor(ref / claimList.length);
        mentions[o] = {
          kind,
          id: claim.id,
          name: claim.says.zh,
          text: written(original, start, end, pid),
          start,
          end,
          claim: claimInfo[c]!,
        };
      }
    }
    const counts: ScanCounts = { place: placeCount, topic: topicMentions, 'claim': total - placeCount - topicMentions };
    const result: ScanResult = { mentions, counts };
    const subject = subjectOf(original, mentions, options);
    if (subject) result.subject = subject;
    return result;
  }

  /** The text as written; the pattern's own string when it is the same, to spare a copy per mention. */
  function written(original: string, start: number, end: number, pid: number): string {
    const own = patternText[pid]!;
    return own.length === end - start && original.startsWith(own, start) ? own : original.slice(start, end);
  }

  /**
   * The topics of a place's paragraph and sentence. Places come in order of start, so paragraphs
   * and sentences are found once each and their lists are shared (read-only) by their places.
   */
  function topicContext(text: string, tStart: Int32Array, tEnd: Int32Array, tNo: Int32Array) {
    const seen = new Int32Array(topicList.length);
    let stamp = 0;
    const collect = (from: number, b: number): TopicId[] => {
      const ids: TopicId[] = [];
      stamp++;
      for (let k = from; k < tStart.length && tStart[k]! < b; k++) {
        const t = tNo[k]!;
        if (tEnd[k]! <= b && seen[t] !== stamp) {
          seen[t] = stamp;
          ids.push(topicList[t]!.id);
        }
      }
      return ids;
    };
    let paraEnd = -1;
    let paraFrom = 0;
    let sentEnd = -1;
    let sentFrom = 0;
    const context = {
      paragraph: [] as TopicId[],
      sentence: [] as TopicId[],
      /** Moves to the place at [start, end): its paragraph's and sentence's topics. */
      at(start: number, end: number): void {
        if (start >= paraEnd) {
          const pa = text.lastIndexOf('\n', start - 1) + 1;
          const pb = text.indexOf('\n', end);
          paraEnd = pb < 0 ? text.length : pb;
          while (paraFrom < tStart.length && tStart[paraFrom]! < pa) paraFrom++;
          context.paragraph = collect(paraFrom, paraEnd);
        }
        if (start >= sentEnd) {
          let sa = start;
          while (sa > 0 && SENTENCE_BREAK[text.charCodeAt(sa - 1)] === 0) sa--;
          let sb = end;
          while (sb < text.length && SENTENCE_BREAK[text.charCodeAt(sb)] === 0) sb++;
          sentEnd = sb;
          while (sentFrom < tStart.length && tStart[sentFrom]! < sa) sentFrom++;
          context.sentence = collect(sentFrom, sb);
        }
      },
    };
    return context;
  }

  function subjectOf(original: string, mentions: Mention[], options: ScanOptions): Subject | undefined {
    if (options.title !== undefined && options.title.trim() !== '') {
      const fromTitle = pickSubject(scan(options.title).mentions, 'title');
      if (fromTitle) return fromTitle;
    }
    if (options.headline === false) return undefined;
    const lineStart = original.search(/\S/);
    if (lineStart < 0) return undefined;
    const nl = original.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? original.length : nl;
    if (lineEnd - lineStart > HEADLINE_MAX) return undefined;
    // Mentions are sorted by start; none starting after the line can end inside it.
    const inLine: Mention[] = [];
    for (const m of mentions) {
      if (m.start >= lineEnd) break;
      if (m.end <= lineEnd) inLine.push(m);
    }
    return pickSubject(inLine, 'headline');
  }

  /**
   * The accepted places as (start, end, place) triples in the normalized text, with each one's
   * region and compound partner (index into the places, -1 when none).
   */
  interface PlaceList {
    readonly count: number;
    readonly flat: Int32Array;
    readonly region: Region[];
    readonly partner: Int32Array;
    readonly patternOf: Int32Array;
  }

  function resolvePlaces(text: string, selected: Int32Array, contextHits: Int32Array): PlaceList {
    const count = selected.length / 3;
    const accepted: (Region | undefined)[] = new Array(count);
    let pending: { i: number; region: Region; s: number; e: number }[] | undefined;
    for (let i = 0; i < count; i++) {
      const s = selected[i * 3]!;
      const e = selected[i * 3 + 1]!;
      const pid = selected[i * 3 + 2]!;
      const place = patterns[pid]!.place;
      if (!place) continue; // a district or an ordinary word covers this text
      if (fullNameSwallowed(text, s, e)) continue;
      // The place written right before, when it ends where this one starts (江西九江).
      const before = i > 0 && selected[i * 3 - 2] === s ? accepted[i - 1] : undefined;
      const chosen = chooseCandidate(place.candidates, before);
      if (isDistrictOf(districts, chosen.region, place.text, before)) continue;
      const ok =
        place.need === 'none' ||
        hasSuffixContext(text, e) ||
        (before !== undefined && isInside(chosen.region, before)) ||
        isExampleFrame(text, s, e) ||
        hasContextWord(text, s, e, place.need, contextHits);
      if (ok) accepted[i] = chosen.region;
      else (pending ??= []).push({ i, region: chosen.region, s, e });
    }
    // A still-doubtful name listed next to an accepted place (大同、太原) is a place too.
    for (let changed = pending !== undefined; changed; ) {
      changed = false;
      for (const p of pending!) {
        if (accepted[p.i]) continue;
        const left = accepted[p.i - 1] !== undefined;
        const right = accepted[p.i + 1] !== undefined;
        const listed =
          (left && isListSeparator(text.slice(selected[(p.i - 1) * 3 + 1], p.s))) ||
          (right && isListSeparator(text.slice(p.e, selected[(p.i + 1) * 3])));
        if (listed) {
          accepted[p.i] = p.region;
          changed = true;
        }
      }
    }
    let n = 0;
    for (let i = 0; i < count; i++) if (accepted[i]) n++;
    const flat = new Int32Array(n * 3);
    const region: Region[] = new Array(n);
    const partner = new Int32Array(n).fill(-1);
    const patternOf = new Int32Array(n);
    for (let i = 0, k = 0; i < count; i++) {
      const r = accepted[i];
      if (!r) continue;
      flat[k * 3] = selected[i * 3]!;
      flat[k * 3 + 1] = selected[i * 3 + 1]!;
      flat[k * 3 + 2] = k;
      patternOf[k] = selected[i * 3 + 2]!;
      region[k] = r;
      if (k > 0 && flat[k * 3 - 2] === flat[k * 3] && isInside(r, region[k - 1]!)) {
        partner[k - 1] = k;
        partner[k] = k - 1;
      }
      k++;
    }
    return { count: n, flat, region, partner, patternOf };
  }

  // One frozen PlaceInfo per region, shared by all its mentions.
  const infos = new Map<Region, PlaceInfo>();
  function infoOf(region: Region): PlaceInfo {
    let info = infos.get(region);
    if (!info) {
      info = Object.freeze({
        code: region.code,
        name: region.name,
        level: region.level,
        province: region.province,
        // 省直辖 county-level cities (石河子, 仙桃) have no prefecture between them and the province.
        ...(region.level === 'county-city' && region.parent && region.parent !== region.province ? { prefecture: region.parent } : {}),
      });
      infos.set(region, info);
    }
    return info;
  }

  function hasContextWord(text: string, s: number, e: number, need: 'near' | 'adjacent', hits: Int32Array): boolean {
    const [a, b] = contextSpan(text, s, e, need);
    // hits holds (start, end, pattern) triples sorted by start; a word counts if it starts in [s - MAX, b).
    const from = Math.max(0, a - MAX_CONTEXT_WORD);
    let lo = 0;
    let hi = hits.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid * 3]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length / 3 && hits[k * 3]! < b; k++) {
      const hs = hits[k * 3]!;
      const he = hits[k * 3 + 1]!;
      // Before the name: it must end inside the span; after: start inside it.
      if ((he <= s && he > a) || (hs >= e && hs < b)) return true;
    }
    return false;
  }

  function scanSegments<N>(segments: readonly Segment<N>[], options?: ScanOptions): SegmentScanResult<N> {
    const joined = joinSegments(segments);
    const result = scan(joined.text, options);
    return { ...result, mentions: result.mentions.map((m) => ({ ...m, ranges: joined.rangesOf(m.start, m.end) })) };
  }

  return {
    scan,
    scanSegments,
    stats: { patterns: patterns.length, states: automaton.stateCount, buildMs },
    patternTexts: patternText,
  };
}

/**
 * Drops place-layer matches that cut an insurance word in two: 医保定点 holds no 保定 and 中山医保
 * no 中山医. A match may contain such a word or lie inside one, not straddle its edge.
 */
function notCrossing(flat: Int32Array, hits: Int32Array): Int32Array {
  if (hits.length === 0) return flat;
  const out = new Int32Array(flat.length);
  let kept = 0;
  for (let i = 0; i < flat.length; i += 3) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    let crossing = false;
    // Insurance words are short: only hits starting within MAX_CONTEXT_WORD before s can reach in.
    let lo = 0;
    let hi = hits.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid * 3]! < s - MAX_CONTEXT_WORD) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length / 3 && hits[k * 3]! < e; k++) {
      const hs = hits[k * 3]!;
      const he = hits[k * 3 + 1]!;
      if (he > s && ((hs < s && he < e) || (hs > s && he > e))) crossing = true;
    }
    if (!crossing) {
      out[kept++] = s;
      out[kept++] = e;
      out[kept++] = flat[i + 2]!;
    }
  }
  return out.subarray(0, kept);
}

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

// 。！？!?；; and newline end a sentence (full-width forms are folded by then, but kept for safety).
const SENTENCE_BREAK = new Uint8Array(65536);
for (const c of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x0a]) SENTENCE_BREAK[c] = 1;
