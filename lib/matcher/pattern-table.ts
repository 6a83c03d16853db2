/**
 * The pattern table a detector is built from: every text the automaton looks for, once, with what
 * it stands for in each layer (a place name and its candidates, a district blocker, topics,
 * claims, or an insurance context word), and the numbered topic and claim lists a scan indexes.
 */
import { INSURANCE_WORDS, contextNeed, leastNeed, type PlaceName } from './place-rules';
import { normalizeText } from './normalize';
import { GATED, ON_TOPIC_PAGE, PAGE_GATED_TOPIC_WORDS, RULE_ONLY_WORDS, SIDE, SIDE_TOPICS, TOPIC_PAGE_WORDS, YIELDING, YIELDING_TOPICS } from './topic-concepts';
import type { DetectorClaim, DetectorData, DetectorTopic } from './types';

export type Layer = 'place' | 'topic' | 'claim' | 'context';
export const LAYER_ORDER: readonly Layer[] = ['place', 'topic', 'claim', 'context'];
export const PLACE_LAYER = 0;
export const TOPIC_LAYER = 1;
export const CLAIM_LAYER = 2;
export const CONTEXT_LAYER = 3;

export interface PatternInfo {
  readonly layer: Layer;
  readonly text: string;
  place?: PlaceName;
  district?: boolean;
  topics?: DetectorTopic[];
  claims?: DetectorClaim[];
  /** A topic word that counts only in a text holding an insurance word (topic-concepts.ts). */
  gated?: typeof GATED | typeof YIELDING | typeof ON_TOPIC_PAGE | typeof SIDE;
}

export interface PatternTable {
  /** Each pattern's text, by pattern number. */
  readonly texts: readonly string[];
  /** Pattern i's place name, if it is one: what a scan reads, so a loaded table makes it on first use. */
  placeAt(i: number): PlaceName | undefined;
  /** Every pattern's whole record: for build time and tests (a loaded table makes them all on this read). */
  readonly patterns: readonly PatternInfo[];
  /** Layer number (index in LAYER_ORDER) of each pattern. */
  readonly layerIndex: Int8Array;
  /** Topics and claims by number, so a scan works on typed arrays and builds each mention once. */
  readonly topicList: readonly DetectorTopic[];
  /** Pattern i's topic numbers (into topicList); claimsOf alike. Functions, so a loaded table fills no list per pattern. */
  topicsOf(i: number): readonly number[];
  readonly claimList: readonly DetectorClaim[];
  claimsOf(i: number): readonly number[];
  /** GATED, YIELDING, ON_TOPIC_PAGE or SIDE for page-gated topic words, 0 for the rest, by pattern. */
  readonly gated: Uint8Array;
  /** For SIDE words, a bit per topic number whose keywords they do not yield to (topic-concepts.ts). */
  readonly sideMask: Uint32Array;
}

// Data text rarely needs normalizing; skip the work when nothing in it would change.
const MAY_CHANGE = /[\s\u00a0\u3000\u200b-\u200d\ufeff\u00ad\uff01-\uff5e]/;
const normKey = (t: string): string => (MAY_CHANGE.test(t) ? normalizeText(t).text : t);

export function buildPatternTable(data: DetectorData): PatternTable {
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
    if (p.place) p.place = { ...p.place, need: leastNeed(p.place.candidates.map((c) => contextNeed(c.name, c.region))) };
  }
  for (const b of data.blockers) {
    const p = pattern('place', b.text);
    if (!p.place) p.district = true;
  }
  for (const w of data.ordinaryWords ?? []) pattern('place', w);
  for (const topic of data.topics) {
    for (const k of topic.keywords) addOnce((pattern('topic', normKey(k)).topics ??= []), topic);
  }
  addGatedWords(data, pattern);
  for (const w of RULE_ONLY_WORDS) pattern('topic', w);
  for (const claim of data.claims) {
    for (const k of claim.patterns) addOnce((pattern('claim', normKey(k)).claims ??= []), claim);
  }
  for (const w of INSURANCE_WORDS) pattern('context', w);

  const topicList = [...new Set(patterns.flatMap((p) => p.topics ?? []))];
  const topicNo = new Map(topicList.map((t, i) => [t, i]));
  if (topicList.length > 32) throw new Error('pattern table: more topics than a side mask holds');
  const topicNoById = new Map(topicList.map((t, i) => [t.id, i]));
  const claimList = [...new Set(patterns.flatMap((p) => p.claims ?? []))];
  const claimNo = new Map(claimList.map((c, i) => [c, i]));
  return {
    texts: Object.freeze(patterns.map((p) => p.text)),
    placeAt: (i) => patterns[i]?.place,
    patterns,
    layerIndex: Int8Array.from(patterns, (p) => LAYER_ORDER.indexOf(p.layer)),
    topicList,
    topicsOf: listOf(patterns.map((p) => (p.topics ?? []).map((t) => topicNo.get(t)!))),
    claimList,
    claimsOf: listOf(patterns.map((p) => (p.claims ?? []).map((c) => claimNo.get(c)!))),
    gated: Uint8Array.from(patterns, (p) => p.gated ?? 0),
    sideMask: Uint32Array.from(patterns, (p) => (p.gated === SIDE ? sideMaskOf(p.topics ?? [], topicNoById) : 0)),
  };
}

/** Page-gated words of the topics in the data, unless the word is already some topic's keyword. */
function addGatedWords(data: DetectorData, pattern: (layer: Layer, text: string) => PatternInfo): void {
  for (const topic of data.topics) {
    for (const w of PAGE_GATED_TOPIC_WORDS[topic.id] ?? []) {
      const p = pattern('topic', w);
      if (p.topics && !p.gated) continue;
      p.gated = YIELDING_TOPICS.includes(topic.id) ? YIELDING : SIDE_TOPICS[topic.id] ? SIDE : GATED;
      addOnce((p.topics ??= []), topic);
    }
    for (const w of TOPIC_PAGE_WORDS[topic.id] ?? []) {
      const p = pattern('topic', w);
      if (p.topics && !p.gated) continue;
      p.gated = ON_TOPIC_PAGE;
      addOnce((p.topics ??= []), topic);
    }
  }
}

/** The bits of a SIDE word's own topics and of those they stand with. */
function sideMaskOf(topics: readonly DetectorTopic[], byId: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const t of topics) {
    for (const id of [t.id, ...(SIDE_TOPICS[t.id] ?? [])]) {
      const i = byId.get(id);
      if (i !== undefined) mask |= 1 << i;
    }
  }
  return mask >>> 0;
}

const listOf = (lists: readonly (readonly number[])[]) => (i: number) => lists[i]!;

function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
