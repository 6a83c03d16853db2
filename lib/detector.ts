/**
 * The detection engine shared by the content script, the popup, the tests and `npm run scan`:
 * one automaton built once from data/, one pass per block of text, then place rules, topics,
 * stale claims and the page's subject.
 */
import type { Blocker, Claim, Region, Topic, TopicId } from '../data/schema';
import { buildAutomaton, type Automaton } from './automaton';
import { leftmostLongest } from './leftmost-longest';
import {
  chooseCandidate,
  clauseAround,
  fullNameSwallowed,
  hasSuffixContext,
  indexDistricts,
  INSURANCE_WORDS,
  isDistrictOf,
  isExampleFrame,
  isInside,
  isListSeparator,
  needsContext,
  type PlaceName,
} from './place-rules';
import { pickSubject, type Subject } from './subject';
import { joinSegments, normalizeText, type NodeRange, type Segment } from './text-source';

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
  /** Index in `mentions` of the other half of a compound (江西九江). */
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

export interface SegmentMention<N> extends Mention {
  readonly ranges: NodeRange<N>[];
}

export interface SegmentScanResult<N> extends Omit<ScanResult, 'mentions'> {
  mentions: SegmentMention<N>[];
}

export interface ScanOptions {
  /** The page title; without it the first line of the text is taken as the headline. */
  readonly title?: string;
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
      const p = pattern('place', normalizeText(name.text).text);
      const place = (p.place ??= { text: p.text, candidates: [], needsContext: true });
      place.candidates.push({ region, name });
    }
  }
  for (const p of patterns) {
    if (p.place) p.place = { ...p.place, needsContext: p.place.candidates.every((c) => needsContext(c.name)) };
  }
  for (const b of data.blockers) {
    const p = pattern('place', b.text);
    if (!p.place) p.district = true;
  }
  for (const w of data.ordinaryWords ?? []) pattern('place', w);
  for (const topic of data.topics) {
    for (const k of topic.keywords) addOnce((pattern('topic', normalizeText(k).text).topics ??= []), topic);
  }
  for (const claim of data.claims) {
    for (const k of claim.patterns) addOnce((pattern('claim', normalizeText(k).text).claims ??= []), claim);
  }
  for (const w of INSURANCE_WORDS) pattern('context', w);

  const automaton: Automaton = buildAutomaton(patterns.map((p) => p.text));
  const districts = indexDistricts(data.blockers);
  const layerIndex = patterns.map((p) => LAYER_ORDER.indexOf(p.layer));
  const buildMs = performance.now() - t0;

  function scan(original: string, options: ScanOptions = {}): ScanResult {
    const norm = normalizeText(original);
    const text = norm.text;
    const raw = automaton.findAll(text);
    const byLayer: number[][] = [[], [], [], []];
    for (let i = 0; i < raw.length; i += 3) byLayer[layerIndex[raw[i + 2]!]!]!.push(raw[i]!, raw[i + 1]!, raw[i + 2]!);
    const contextHits = sortedStarts(byLayer[3]!);

    const places = resolvePlaces(text, leftmostLongest(notCrossing(byLayer[0]!, contextHits)), contextHits);
    const found: Draft[] = [...places];
    for (const [s, e, pid] of triples(leftmostLongest(byLayer[1]!))) {
      for (const topic of patterns[pid]!.topics!) found.push({ kind: 'topic', id: topic.id, name: topic.label.zh, start: s, end: e });
    }
    for (const [s, e, pid] of triples(leftmostLongest(byLayer[2]!))) {
      for (const claim of patterns[pid]!.claims!) {
        found.push({
          kind: 'stale-claim',
          id: claim.id,
          name: claim.says.zh,
          start: s,
          end: e,
          claim: { kind: claim.kind, holdsRule: claim.holdsRule },
        });
      }
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    addTopicContext(text, found);

    const index = new Map(found.map((d, i) => [d, i]));
    const mentions: Mention[] = found.map((d) => {
      const start = norm.origin[d.start]!;
      const end = norm.origin[d.end - 1]! + 1;
      const m: Mention = {
        kind: d.kind,
        id: d.id,
        name: d.name,
        text: original.slice(start, end),
        start,
        end,
        ...(d.region ? { region: d.region } : {}),
        ...(d.partner ? { linkedTo: index.get(d.partner)! } : {}),
        ...(d.topics ? { topics: d.topics, sentenceTopics: d.sentenceTopics! } : {}),
        ...(d.claim ? { claim: d.claim } : {}),
      };
      return m;
    });

    const counts: ScanCounts = { place: 0, topic: 0, 'stale-claim': 0 };
    for (const m of mentions) counts[m.kind]++;
    const result: ScanResult = { mentions, counts };
    const subject = subjectOf(original, mentions, options);
    if (subject) result.subject = subject;
    return result;
  }

  function subjectOf(original: string, mentions: Mention[], options: ScanOptions): Subject | undefined {
    if (options.title !== undefined && options.title.trim() !== '') {
      const fromTitle = pickSubject(scan(options.title).mentions, 'title');
      if (fromTitle) return fromTitle;
    }
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

  interface Draft {
    kind: MentionKind;
    id: string;
    name: string;
    start: number;
    end: number;
    region?: PlaceInfo;
    partner?: Draft;
    topics?: TopicId[];
    sentenceTopics?: TopicId[];
    claim?: { kind: Claim['kind']; holdsRule: string };
  }

  interface PlaceDraft extends Draft {
    regionData: Region;
  }

  function resolvePlaces(text: string, selected: number[], contextHits: Int32Array): PlaceDraft[] {
    const accepted: (PlaceDraft | undefined)[] = [];
    const pending: { i: number; region: Region; s: number; e: number }[] = [];
    const spans: [number, number][] = [];
    for (const [s, e, pid] of triples(selected)) {
      const i = spans.length;
      spans.push([s, e]);
      accepted.push(undefined);
      const place = patterns[pid]!.place;
      if (!place) continue; // a district or an ordinary word covers this text
      if (fullNameSwallowed(text, s, e)) continue;
      const prev = i > 0 && spans[i - 1]![1] === s ? accepted[i - 1] : undefined;
      const before = prev?.regionData;
      const chosen = chooseCandidate(place.candidates, before);
      if (isDistrictOf(districts, chosen.region, place.text, before)) continue;
      const ok =
        !place.needsContext ||
        hasSuffixContext(text, e) ||
        (before !== undefined && isInside(chosen.region, before)) ||
        isExampleFrame(text, s, e) ||
        hasContextWord(text, s, e, contextHits);
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

  function draftOf(region: Region, start: number, end: number): PlaceDraft {
    const info: PlaceInfo = {
      code: region.code,
      name: region.name,
      level: region.level,
      province: region.province,
      ...(region.level === 'county-city' && region.parent ? { prefecture: region.parent } : {}),
    };
    return { kind: 'place', id: region.code, name: region.name, start, end, region: info, regionData: region };
  }

  function hasContextWord(text: string, s: number, e: number, hits: Int32Array): boolean {
    const [a, b] = clauseAround(text, s, e);
    // hits holds (start, end) pairs sorted by start.
    let lo = 0;
    let hi = hits.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid * 2]! < a) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length / 2 && hits[k * 2]! < b; k++) {
      const hs = hits[k * 2]!;
      const he = hits[k * 2 + 1]!;
      if (he <= b && (he <= s || hs >= e)) return true;
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
function notCrossing(flat: readonly number[], hits: Int32Array): number[] {
  if (hits.length === 0) return flat as number[];
  const out: number[] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    let crossing = false;
    // Insurance words are short: only hits starting within MAX_CONTEXT_WORD before s can reach in.
    let lo = 0;
    let hi = hits.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid * 2]! < s - MAX_CONTEXT_WORD) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length / 2 && hits[k * 2]! < e; k++) {
      const hs = hits[k * 2]!;
      const he = hits[k * 2 + 1]!;
      if (he > s && ((hs < s && he < e) || (hs > s && he > e))) crossing = true;
    }
    if (!crossing) out.push(s, e, flat[i + 2]!);
  }
  return out;
}

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function* triples(flat: readonly number[]): Generator<[number, number, number]> {
  for (let i = 0; i < flat.length; i += 3) yield [flat[i]!, flat[i + 1]!, flat[i + 2]!];
}

function sortedStarts(flat: readonly number[]): Int32Array {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 3) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return Int32Array.from(pairs.flat());
}

const SENTENCE_BREAK = /[。！？!?；;\n]/;

/** Gives each place the topics of its paragraph and of its sentence (found is sorted by start). */
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
  for (const d of found) {
    if (d.kind !== 'place') continue;
    const pa = text.lastIndexOf('\n', d.start - 1) + 1;
    const pbRaw = text.indexOf('\n', d.end);
    const pb = pbRaw < 0 ? text.length : pbRaw;
    let sa = d.start;
    while (sa > pa && !SENTENCE_BREAK.test(text[sa - 1]!)) sa--;
    let sb = d.end;
    while (sb < pb && !SENTENCE_BREAK.test(text[sb]!)) sb++;
    const para = new Set<TopicId>();
    const sentence = new Set<TopicId>();
    for (let k = firstAtOrAfter(pa); k < topics.length && topics[k]!.start < pb; k++) {
      const t = topics[k]!;
      para.add(t.id as TopicId);
      if (t.start >= sa && t.end <= sb) sentence.add(t.id as TopicId);
    }
    d.topics = [...para];
    d.sentenceTopics = [...sentence];
  }
}
