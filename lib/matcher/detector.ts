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
import { foldScript, normalizeCompact, scriptTable } from './normalize';
import { originalOffsets } from './original-offsets';
import { fitsSources, loadPatternTable } from './pattern-table-file';
import { buildPatternTable, CLAIM_LAYER, CONTEXT_LAYER, LAYER_ORDER, PLACE_LAYER, TOPIC_LAYER, type PatternTable } from './pattern-table';
import { infoOf, notCrossing, preferSureReadings, resolvePlaces, type PlaceList } from './place-resolution';
import { indexDistricts, type DistrictIndex } from './place-rules';
import { claimTriples, topicLists, topicRunsOf } from './scan-layers';
import { pickSubject, type Subject } from './subject';
import { keepGated } from './topic-concepts';
import { topicContext } from './topic-context';
import { topicRules } from './topic-rules';
import { transferPairs, type PairAt } from './transfer-pairs';
import { leftmostLongestSorted, mergeSorted, refItem, refPattern, sortByStart } from './triples';
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
