/**
 * The detection engine shared by the content script, the popup, the tests and `npm run scan`:
 * one automaton built once from data/, one pass per block of text, then place rules, topics,
 * stale claims and the page's subject.
 */
import type { Blocker, Claim, Region, Topic, TopicId } from '../data/schema';
import { buildAutomaton, type Automaton } from './automaton';
import { leftmostLongest, sortByStart } from './leftmost-longest';
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
import { joinSegments, normalizeText, type NodeRange, type Segment } from './text-source';

// Data text rarely needs normalizing; skip the work when nothing in it would change.
const MAY_CHANGE = /[\s\u00a0\u3000\u200b-\u200d\ufeff\u00ad\uff01-\uff5e]/;
const normKey = (t: string): string => (MAY_CHANGE.test(t) ? normalizeText(t).text : t);

export interface DetectorData {
  readonly regions: readonly Region[];
  readonly blockers: readonly Blocker[];
  readonly topics: readonly Topic[];
  readonly claims: readonly Claim[];
  /** Ordinary words that contain an ambiguous name (三明治, 孙中山): a match inside one is no place. */
  readonly ordinaryWords?: readonly string[];
}

export type MentionKind = 'place' | 'topic' | 'stale-claim';

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
  'stale-claim': number;
}

export interface ScanResult {
  mentions: Mention[];
  subject?: Subject;
  counts: ScanCounts;
}

type MutableMention = { -readonly [K in keyof Mention]: Mention[K] };

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
  topics?: Topic[];
  claims?: Claim[];
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
  const buildMs = performance.now() - t0;

  function scan(original: string, options: ScanOptions = {}): ScanResult {
    const norm = normalizeText(original);
    const text = norm.text;
    const byLayer = partition(automaton.findAll(text), layerIndex, LAYER_ORDER.length);
    const contextHits = sortByStart(byLayer[3]!);

    // Mentions are built once, with offsets into the normalized text, then moved to the original's.
    const places = resolvePlaces(text, leftmostLongest(notCrossing(byLayer[0]!, contextHits)), contextHits);
    const found: MutableMention[] = places.map((p) => p.mention);
    // Keywords of different topics may overlap (跨省转移接续: 跨省转移 + 转移接续); one topic's may not.
    const perTopic = new Map<Topic, number[]>();
    const topicLayer = byLayer[1]!;
    for (let i = 0; i < topicLayer.length; i += 3) {
      for (const topic of patterns[topicLayer[i + 2]!]!.topics!) {
        let list = perTopic.get(topic);
        if (!list) perTopic.set(topic, (list = []));
        list.push(topicLayer[i]!, topicLayer[i + 1]!, 0);
      }
    }
    for (const [topic, flat] of perTopic) {
      const kept = leftmostLongest(flat);
      for (let i = 0; i < kept.length; i += 3) {
        found.push({ kind: 'topic', id: topic.id, name: topic.label.zh, text: '', start: kept[i]!, end: kept[i + 1]! });
      }
    }
    const claimLayer = leftmostLongest(byLayer[2]!);
    for (let i = 0; i < claimLayer.length; i += 3) {
      for (const claim of patterns[claimLayer[i + 2]!]!.claims!) {
        found.push({
          kind: 'stale-claim',
          id: claim.id,
          name: claim.says.zh,
          text: '',
          start: claimLayer[i]!,
          end: claimLayer[i + 1]!,
          claim: { kind: claim.kind, holdsRule: claim.holdsRule },
        });
      }
    }
    found.sort((x, y) => x.start - y.start || x.end - y.end);
    addTopicContext(text, found);
    linkCompounds(places, found);

    const counts: ScanCounts = { place: 0, topic: 0, 'stale-claim': 0 };
    for (const m of found) {
      const start = norm.origin[m.start]!;
      const end = norm.origin[m.end - 1]! + 1;
      m.start = start;
      m.end = end;
      m.text = original.slice(start, end);
      counts[m.kind]++;
    }
    const mentions: Mention[] = found;
    const result: ScanResult = { mentions, counts };
    const subject = subjectOf(original, mentions, options);
    if (subject) result.subject = subject;
    return result;
  }

  /** Sets linkedTo on both halves of each compound, as indices into the sorted mentions. */
  function linkCompounds(places: readonly PlaceDraft[], found: readonly MutableMention[]): void {
    const linked = places.filter((p) => p.partner);
    if (linked.length === 0) return;
    const wanted = new Set(linked.map((p) => p.partner!.mention));
    const indexOf = new Map<MutableMention, number>();
    found.forEach((m, i) => {
      if (wanted.has(m)) indexOf.set(m, i);
    });
    for (const p of linked) p.mention.linkedTo = indexOf.get(p.partner!.mention);
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
    return pickSubject(
      mentions.filter((m) => m.end <= lineEnd),
      'headline',
    );
  }

  /** A place while its rules are resolved: its span in the normalized text, its region, its partner. */
  interface PlaceDraft {
    start: number;
    end: number;
    regionData: Region;
    partner?: PlaceDraft;
    mention: MutableMention;
  }

  function resolvePlaces(text: string, selected: Int32Array, contextHits: Int32Array): PlaceDraft[] {
    const count = selected.length / 3;
    const accepted: (PlaceDraft | undefined)[] = new Array(count);
    const pending: { i: number; region: Region; s: number; e: number }[] = [];
    for (let i = 0; i < count; i++) {
      const s = selected[i * 3]!;
      const e = selected[i * 3 + 1]!;
      const pid = selected[i * 3 + 2]!;
      const place = patterns[pid]!.place;
      if (!place) continue; // a district or an ordinary word covers this text
      if (fullNameSwallowed(text, s, e)) continue;
      const prev = i > 0 && selected[i * 3 - 2] === s ? accepted[i - 1] : undefined;
      const before = prev?.regionData;
      const chosen = chooseCandidate(place.candidates, before);
      if (isDistrictOf(districts, chosen.region, place.text, before)) continue;
      const ok =
        place.need === 'none' ||
        hasSuffixContext(text, e) ||
        (before !== undefined && isInside(chosen.region, before)) ||
        isExampleFrame(text, s, e) ||
        hasContextWord(text, s, e, place.need, contextHits);
      if (ok) accepted[i] = draftOf(chosen.region, s, e);
      else pending.push({ i, region: chosen.region, s, e });
    }
    // A still-doubtful name listed next to an accepted place (大同、太原) is a place too.
    for (let changed = true; changed; ) {
      changed = false;
      for (const p of pending) {
        if (accepted[p.i]) continue;
        const left = accepted[p.i - 1];
        const right = accepted[p.i + 1];
        const listed =
          (left !== undefined && isListSeparator(text.slice(left.end, p.s))) ||
          (right !== undefined && isListSeparator(text.slice(p.e, right.start)));
        if (listed) {
          accepted[p.i] = draftOf(p.region, p.s, p.e);
          changed = true;
        }
      }
    }
    const out = accepted.filter((a): a is PlaceDraft => a !== undefined);
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1]!;
      const b = out[k]!;
      if (a.end === b.start && isInside(b.regionData, a.regionData)) {
        a.partner = b;
        b.partner = a;
      }
    }
    return out;
  }

  // One frozen PlaceInfo per region, shared by all its mentions.
  const infoOf = new Map<Region, PlaceInfo>();
  function draftOf(region: Region, start: number, end: number): PlaceDraft {
    let info = infoOf.get(region);
    if (!info) {
      info = Object.freeze({
        code: region.code,
        name: region.name,
        level: region.level,
        province: region.province,
        // 省直辖 county-level cities (石河子, 仙桃) have no prefecture between them and the province.
        ...(region.level === 'county-city' && region.parent && region.parent !== region.province ? { prefecture: region.parent } : {}),
      });
      infoOf.set(region, info);
    }
    const mention: MutableMention = {
      kind: 'place',
      id: region.code,
      name: region.name,
      text: '',
      start,
      end,
      region: info,
      linkedTo: undefined,
      topics: undefined,
      sentenceTopics: undefined,
    };
    return { start, end, regionData: region, partner: undefined, mention };
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
    patternTexts: patterns.map((p) => p.text),
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

/** Splits the automaton's triples by layer, keeping their order. */
function partition(raw: Int32Array, layerOf: Int8Array, layers: number): Int32Array[] {
  const sizes = new Int32Array(layers);
  for (let i = 2; i < raw.length; i += 3) sizes[layerOf[raw[i]!]!]! += 3;
  const out = Array.from(sizes, (n) => new Int32Array(n));
  const fill = new Int32Array(layers);
  for (let i = 0; i < raw.length; i += 3) {
    const l = layerOf[raw[i + 2]!]!;
    const at = fill[l]!;
    out[l]![at] = raw[i]!;
    out[l]![at + 1] = raw[i + 1]!;
    out[l]![at + 2] = raw[i + 2]!;
    fill[l] = at + 3;
  }
  return out;
}

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

// 。！？!?；; and newline end a sentence.
const isSentenceBreak = (c: number): boolean =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x0a;

/**
 * Gives each place the topics of its paragraph and of its sentence (found is sorted by start).
 * Places in one sentence or paragraph share the same (read-only) arrays.
 */
function addTopicContext(
  text: string,
  found: { kind: MentionKind; id: string; start: number; end: number; topics?: TopicId[]; sentenceTopics?: TopicId[] }[],
): void {
  const topics = found.filter((d) => d.kind === 'topic');
  const firstAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = topics.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (topics[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const collect = (a: number, b: number): TopicId[] => {
    const ids: TopicId[] = [];
    for (let k = firstAtOrAfter(a); k < topics.length && topics[k]!.start < b; k++) {
      const t = topics[k]!;
      if (t.end <= b && !ids.includes(t.id as TopicId)) ids.push(t.id as TopicId);
    }
    return ids;
  };
  let paraEnd = -1;
  let paraTopics: TopicId[] = [];
  let sentEnd = -1;
  let sentTopics: TopicId[] = [];
  for (const d of found) {
    if (d.kind !== 'place') continue;
    if (d.start >= paraEnd) {
      const pa = text.lastIndexOf('\n', d.start - 1) + 1;
      const pb = text.indexOf('\n', d.end);
      paraEnd = pb < 0 ? text.length : pb;
      paraTopics = collect(pa, paraEnd);
    }
    if (d.start >= sentEnd) {
      let sa = d.start;
      while (sa > 0 && !isSentenceBreak(text.charCodeAt(sa - 1))) sa--;
      let sb = d.end;
      while (sb < text.length && !isSentenceBreak(text.charCodeAt(sb))) sb++;
      sentEnd = sb;
      sentTopics = collect(sa, sb);
    }
    d.topics = paraTopics;
    d.sentenceTopics = sentTopics;
  }
}
