/**
 * The detection engine shared by the content script, the popup, the tests and `npm run scan`:
 * one automaton built once from data/ (pattern-table.ts), one pass per block of text, then place
 * resolution, topics, stale claims, each place's topic context and the page's subject. Matches
 * travel as (start, end, ref) triples (triples.ts) until the mentions are built.
 */
import type { Region } from '../../data/schema';
import { loadAutomaton, type Automaton } from './automaton';
import { decodeAutomaton } from './automaton-file';
import { automatonTables } from './automaton-tables';
import { compileTrie } from './automaton-trie';
import { foldScript, normalizeCompact, scriptTable, type CompactNormalized } from './normalize';
import { fitsSources, loadPatternTable } from './pattern-table-file';
import { buildPatternTable, CLAIM_LAYER, CONTEXT_LAYER, LAYER_ORDER, PLACE_LAYER, TOPIC_LAYER, type PatternTable } from './pattern-table';
import { infoOf, notCrossing, preferSureReadings, resolvePlaces, type PlaceList } from './place-resolution';
import { indexDistricts, type DistrictIndex } from './place-rules';
import { pickSubject, type Subject } from './subject';
import { keepGated } from './topic-concepts';
import { topicContext, type TopicRuns } from './topic-context';
import { topicRules } from './topic-rules';
import { transferPairs, type PairAt } from './transfer-pairs';
import { leftmostLongest, leftmostLongestSorted, mergeSorted, packRef, refItem, refPattern, sortByStart, sortByStartInPlace } from './triples';
import type { DetectorData, Detector, Mention, MentionKind, ScanCounts, ScanOptions, ScanResult, TransferPair } from './types';

export type {
  Detector,
  DetectorClaim,
  DetectorData,
  DetectorTopic,
  Mention,
  MentionKind,
  PlaceInfo,
  ScanCounts,
  ScanOptions,
  ScanResult,
  TransferPair,
} from './types';

const HEADLINE_MAX = 120;
// An empty list of triples or quads, shared: nothing ever writes to it.
const NO_QUADS = new Int32Array(0);
const NO_PAIRS: readonly TransferPair[] = Object.freeze([]);
const NO_PAIRS_AT: readonly PairAt[] = Object.freeze([]);

interface DetectorParts {
  table: PatternTable;
  automaton: Automaton;
}

/** The table and automaton of the build-time file, when it fits its sources (a file that does not is never trusted). */
function storedParts(data: DetectorData): DetectorParts | undefined {
  const compiled = data.compiled;
  if (!compiled) return undefined;
  const sources = { topics: data.topics, claims: data.claims, regionCount: compiled.regionCount, regionAt: compiled.regionAt };
  const tables = fitsSources(compiled.table, sources) ? decodeAutomaton(compiled.automaton, compiled.table.texts.length) : undefined;
  if (!tables) return undefined;
  const table = loadPatternTable(compiled.table, sources);
  return { table, automaton: loadAutomaton(tables, table.layerIndex, LAYER_ORDER.length) };
}

function builtParts(data: DetectorData): DetectorParts {
  const table = buildPatternTable(data);
  return { table, automaton: loadAutomaton(automatonTables(compileTrie(table.texts)), table.layerIndex, LAYER_ORDER.length) };
}

/** The detector, from the build-time file when it fits, else built from the data (the popup, tests, scripts). */
export function createDetector(data: DetectorData): Detector {
  const t0 = performance.now();
  return detectorOf(data, storedParts(data) ?? builtParts(data), t0);
}

/**
 * The content script's detector: from the build-time file only, undefined when it does not fit.
 * The page then has no lens, as with any broken reply; the builder stays out of its bundle.
 */
export function loadDetector(data: DetectorData): Detector | undefined {
  const t0 = performance.now();
  const parts = storedParts(data);
  return parts && detectorOf(data, parts, t0);
}

function detectorOf(data: DetectorData, { table, automaton }: DetectorParts, t0: number): Detector {
  const patternText = table.texts;
  // By text only where a name swallowed a following 市 (北京市场): made on the first such page.
  let placeOf: Map<string, number> | undefined;
  const placeNamed = (text: string) => {
    if (!placeOf) {
      placeOf = new Map();
      for (let i = 0; i < patternText.length; i++) if (table.placeAt(i)) placeOf.set(patternText[i]!, i);
    }
    return placeOf.get(text);
  };
  let districts: DistrictIndex | undefined;
  const resolver = {
    placeAt: table.placeAt,
    // Indexed when a scan first resolves a place: the page's data decodes its blockers then.
    get districts() {
      return (districts ??= indexDistricts(data.blockers));
    },
    placeNamed,
  };
  const topicIds = table.topicList.map((t) => t.id);
  const rules = topicRules(patternText, table.layerIndex, (id) => topicIds.indexOf(id as (typeof topicIds)[number]));
  const claimInfo = table.claimList.map((c) => Object.freeze({ kind: c.kind, holdsRule: c.holdsRule }));
  const script = data.t2s ? scriptTable(data.t2s) : undefined;
  const buildMs = performance.now() - t0;

  function scan(original: string, options: ScanOptions = {}): ScanResult {
    // Traditional characters fold in the same pass, one code unit for one (a lone surrogate
    // decodes to U+FFFD, also one), so offsets hold.
    const norm = normalizeCompact(original, script);
    const text = norm.text;
    // Every layer is copied or consumed below, before anything (the title's scan) runs again.
    const byLayer = automaton.findByGroup(text);
    const contextHits = sortByStart(byLayer[CONTEXT_LAYER]!);
    const places = resolvePlaces(resolver, text, leftmostLongestSorted(preferSureReadings(table.placeAt, notCrossing(byLayer[PLACE_LAYER]!, contextHits))), contextHits);
    const insurancePage = contextHits.length > 0;
    // Pairs feed the topic rules (insurance pages) and the scan's report; a page scan off an
    // insurance page needs neither.
    const pairs = insurancePage || options.pairs !== false ? transferPairs(text, places) : NO_PAIRS_AT;
    const ruled = insurancePage ? rules.apply(text, byLayer[TOPIC_LAYER]!, pairs) : NO_QUADS;
    const topicLayer = keepGated(text, byLayer[TOPIC_LAYER]!, table, insurancePage);
    const { lists, topicOrder } = topicLists(table, topicLayer, ruled);
    // Each list is sorted by (start, end); merging them in this order equals a stable sort of all.
    lists.unshift(places.flat);
    lists.push(claimTriples(table, byLayer[CLAIM_LAYER]!));
    const merged = mergeSorted(lists, text.length);
    const runs = topicRunsOf(merged, lists, table.topicList.length);
    const context = topicContext(text, runs.topics, topicIds);
    const kinds: MentionKind[] = ['place', ...topicOrder.map((): MentionKind => 'topic'), 'claim'];

    const mentions: Mention[] = new Array(merged.length / 2);
    const counts: ScanCounts = { place: 0, topic: 0, 'claim': 0 };
    const offsets = originalOffsets(norm);
    for (let o = 0; o < mentions.length; o++) {
      const l = merged[o * 2]!;
      const at = merged[o * 2 + 1]!;
      const list = lists[l]!;
      const ns = list[at]!;
      const ne = list[at + 1]!;
      offsets.to(ns, ne);
      const start = offsets.start;
      const end = offsets.end;
      const kind = kinds[l]!;
      counts[kind]++;
      if (kind === 'place') {
        context.at(ns, ne);
        mentions[o] = placeMention(places, list[at + 2]!, runs.finalIndex, original, start, end, context);
      } else mentions[o] = itemMention(kind, list[at + 2]!, original, start, end);
    }
    // Pairs were found for the topic rules either way; only their page offsets are skipped when unread.
    const pairOffsets = options.pairs === false ? undefined : originalOffsets(norm);
    const result: ScanResult = {
      mentions,
      pairs: !pairOffsets
        ? NO_PAIRS
        : pairs.map(({ from, to, start, end }) => {
            pairOffsets.to(start, end);
            return { from, to, start: pairOffsets.start, end: pairOffsets.end };
          }),
      counts,
    };
    const subject = subjectOf(original, mentions, options);
    if (subject) result.subject = subject;
    return result;
  }

  function placeMention(
    places: PlaceList,
    p: number,
    finalIndex: Int32Array,
    original: string,
    start: number,
    end: number,
    context: { paragraph: Mention['topics']; sentence: Mention['sentenceTopics'] },
  ): Mention {
    const region: Region = places.region[p]!;
    const partner = places.partner[p]!;
    return {
      kind: 'place',
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
  }

  function itemMention(kind: 'topic' | 'claim', ref: number, original: string, start: number, end: number): Mention {
    if (kind === 'topic') {
      const width = table.topicList.length;
      const topic = table.topicList[refItem(ref, width)]!;
      const text = written(original, start, end, refPattern(ref, width));
      return { kind, id: topic.id, name: topic.label.zh, text, start, end };
    }
    const width = table.claimList.length;
    const c = refItem(ref, width);
    const claim = table.claimList[c]!;
    const text = written(original, start, end, refPattern(ref, width));
    return { kind, id: claim.id, name: claim.says.zh, text, start, end, claim: claimInfo[c]! };
  }

  /** The text as written; the pattern's own string when it is the same, to spare a copy per mention. */
  function written(original: string, start: number, end: number, pid: number): string {
    const own = patternText[pid]!;
    return own.length === end - start && original.startsWith(own, start) ? own : original.slice(start, end);
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

  const fold = (t: string): string => (script ? foldScript(t, script) : t);
  return { scan, stats: { patterns: patternText.length, states: automaton.stateCount, buildMs }, patternTexts: patternText, fold };
}

/**
 * One triple list per topic met, leftmost-longest within each: keywords of different topics may
 * overlap (跨省转移接续: 跨省转移 + 转移接续); one topic's may not. Topics are listed in the order
 * first met, which orders mentions sharing a span. Refs are packRef(pattern, topic). The rules'
 * quads (start, end, pattern, topic; topic-rules.ts) join their topic's list.
 */
function topicLists(table: PatternTable, topicLayer: Int32Array, ruled: Int32Array): { lists: Int32Array[]; topicOrder: number[] } {
  const T = table.topicList.length;
  const topicsOf = table.topicsOf;
  const sizes = new Int32Array(T);
  const topicOrder: number[] = [];
  for (let i = 2; i < topicLayer.length; i += 3) {
    const ts = topicsOf(topicLayer[i]!);
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (sizes[t] === 0) topicOrder.push(t);
      sizes[t] = sizes[t]! + 3;
    }
  }
  for (let i = 3; i < ruled.length; i += 4) {
    const t = ruled[i]!;
    if (sizes[t] === 0) topicOrder.push(t);
    sizes[t] = sizes[t]! + 3;
  }
  // Lists only for the topics met: most blocks meet few of them.
  const perTopic: Int32Array[] = new Array(T);
  for (const t of topicOrder) perTopic[t] = new Int32Array(sizes[t]!);
  sizes.fill(0);
  const add = (t: number, start: number, end: number, pid: number) => {
    const list = perTopic[t]!;
    const at = sizes[t]!;
    list[at] = start;
    list[at + 1] = end;
    list[at + 2] = packRef(pid, t, T);
    sizes[t] = at + 3;
  };
  // Both inputs are sorted by start; merged, each list stays nearly sorted for the insertion sort.
  let j = 0;
  for (let i = 0; i < topicLayer.length; i += 3) {
    for (; j < ruled.length && ruled[j]! < topicLayer[i]!; j += 4) add(ruled[j + 3]!, ruled[j]!, ruled[j + 1]!, ruled[j + 2]!);
    const pid = topicLayer[i + 2]!;
    const ts = topicsOf(pid);
    for (let k = 0; k < ts.length; k++) add(ts[k]!, topicLayer[i]!, topicLayer[i + 1]!, pid);
  }
  for (; j < ruled.length; j += 4) add(ruled[j + 3]!, ruled[j]!, ruled[j + 1]!, ruled[j + 2]!);
  // The lists are this call's own: sorted and selected in place.
  return { lists: topicOrder.map((t) => leftmostLongestSorted(sortByStartInPlace(perTopic[t]!))), topicOrder };
}

/** Claims after leftmost-longest, one triple per claim a pattern words; refs are packRef(pattern, claim). */
function claimTriples(table: PatternTable, claimLayer: Int32Array): Int32Array {
  if (claimLayer.length === 0) return NO_QUADS;
  const selected = leftmostLongest(claimLayer);
  const width = table.claimList.length;
  let n = 0;
  for (let i = 2; i < selected.length; i += 3) n += table.claimsOf(selected[i]!).length;
  const out = new Int32Array(n * 3);
  for (let i = 0, o = 0; i < selected.length; i += 3) {
    const pid = selected[i + 2]!;
    const cs = table.claimsOf(pid);
    for (let j = 0; j < cs.length; j++, o += 3) {
      out[o] = selected[i]!;
      out[o + 1] = selected[i + 1]!;
      out[o + 2] = packRef(pid, cs[j]!, width);
    }
  }
  return out;
}

/**
 * From the merged order: the topic mentions in order (for each place's paragraph and sentence)
 * and each place's index among all mentions (for compound links). Lists: places, topics…, claims.
 */
function topicRunsOf(merged: Int32Array, lists: readonly Int32Array[], topicWidth: number): { topics: TopicRuns; finalIndex: Int32Array } {
  const last = lists.length - 1;
  let count = 0;
  for (let o = 0; o < merged.length; o += 2) if (merged[o]! > 0 && merged[o]! < last) count++;
  const topics = { start: new Int32Array(count), end: new Int32Array(count), topic: new Int32Array(count) };
  const finalIndex = new Int32Array(lists[0]!.length / 3);
  for (let o = 0, k = 0; o < merged.length / 2; o++) {
    const l = merged[o * 2]!;
    const at = merged[o * 2 + 1]!;
    if (l === 0) finalIndex[at / 3] = o;
    else if (l < last) {
      topics.start[k] = lists[l]![at]!;
      topics.end[k] = lists[l]![at + 1]!;
      topics.topic[k++] = refItem(lists[l]![at + 2]!, topicWidth);
    }
  }
  return { topics, finalIndex };
}

/**
 * Maps normalized [start, end) back to the original text. Calls must come in order of start:
 * starts only grow, so the shift before each start is found by walking on. The result is left in
 * start and end rather than returned as a pair: this runs once per mention, and a pair per call
 * is garbage the collector pays for on big pages.
 */
interface OffsetMap {
  start: number;
  end: number;
  to(ns: number, ne: number): void;
}

function originalOffsets(norm: CompactNormalized): OffsetMap {
  const { cutAt, cutShift } = norm;
  let cut = 0;
  let shift = 0;
  const map: OffsetMap = {
    start: 0,
    end: 0,
    to(ns, ne) {
      while (cut < cutAt.length && cutAt[cut]! <= ns) shift = cutShift[cut++]!;
      let endShift = shift;
      for (let k = cut; k < cutAt.length && cutAt[k]! <= ne - 1; k++) endShift = cutShift[k]!;
      map.start = ns + shift;
      map.end = ne - 1 + endShift + 1;
    },
  };
  return map;
}
