/**
 * The pattern table (pattern-table.ts) written at build time into data/page-detector.generated.json,
 * so a frame reads it back instead of building it from ~3 000 regions and their names (about 12 ms
 * of uncompiled code on every page load). Everything is by number: regions by their row in
 * data/page-regions.generated.json, topics and claims by their place in data/page-terms.generated.json.
 * A place's candidates are made the first time a scan meets the name: a page meets a few dozen of
 * the ~2 000 place names, so most regions are never decoded (lib/bundle/page-regions-format.ts).
 */
import type { Region } from '../../data/schema';
import { LAYER_ORDER, type PatternInfo, type PatternTable } from './pattern-table';
import { decodePatternLists, encodePatternLists, type PatternListsFile } from './pattern-lists-file';
import type { ContextNeed, PlaceCandidate, PlaceName } from './place-rules';
import type { DetectorClaim, DetectorData, DetectorTopic } from './types';

const NEEDS: readonly ContextNeed[] = ['none', 'near', 'adjacent'];

export interface PatternTableFile {
  /** How many region rows the candidates were numbered against. */
  regionCount: number;
  texts: string[];
  /** Per pattern: its layer (index in LAYER_ORDER), its need (index in NEEDS, -1 for no place name), gated, sideMask. */
  layers: number[];
  needs: number[];
  gated: number[];
  sideMask: number[];
  /** Pattern i's candidates are the (region row, name index) pairs candidates[2·candidateStart[i] …]. */
  candidateStart: number[];
  candidates: number[];
  /** Patterns that are district blockers and no place name. */
  districts: number[];
  /** The table's topic and claim lists as indexes into the data's topics and claims. */
  topicList: number[];
  claimList: number[];
  /** Each pattern's topic and claim numbers (into topicList and claimList). */
  topicsOf: PatternListsFile;
  claimsOf: PatternListsFile;
}

export interface TableSources {
  readonly topics: readonly DetectorTopic[];
  readonly claims: readonly DetectorClaim[];
  readonly regionCount: number;
  /** Region row i, decoded on first use. */
  regionAt(i: number): Region;
}

/** Build time: the table as numbers. `data.regions` are numbered in their order. */
export function encodePatternTable(table: PatternTable, data: DetectorData): PatternTableFile {
  const regionNo = new Map(data.regions.map((r, i) => [r, i]));
  const candidateStart = [0];
  const candidates: number[] = [];
  for (const p of table.patterns) {
    for (const c of p.place?.candidates ?? []) candidates.push(regionNo.get(c.region)!, c.region.names.indexOf(c.name));
    candidateStart.push(candidates.length / 2);
  }
  return {
    regionCount: data.regions.length,
    texts: table.patterns.map((p) => p.text),
    layers: Array.from(table.layerIndex),
    needs: table.patterns.map((p) => (p.place ? NEEDS.indexOf(p.place.need) : -1)),
    gated: Array.from(table.gated),
    sideMask: Array.from(table.sideMask),
    candidateStart,
    candidates,
    districts: table.patterns.flatMap((p, i) => (p.district ? [i] : [])),
    topicList: table.topicList.map((t) => data.topics.indexOf(t)),
    claimList: table.claimList.map((c) => data.claims.indexOf(c)),
    topicsOf: encodePatternLists(table.texts.map((_, i) => table.topicsOf(i))),
    claimsOf: encodePatternLists(table.texts.map((_, i) => table.claimsOf(i))),
  };
}

/** A place name whose candidates are decoded when a scan first asks for them. */
class StoredPlace implements PlaceName {
  private made: PlaceCandidate[] | undefined;
  constructor(
    readonly text: string,
    readonly need: ContextNeed,
    private readonly pairs: readonly number[],
    private readonly from: number,
    private readonly to: number,
    private readonly sources: TableSources,
  ) {}

  get candidates(): PlaceCandidate[] {
    if (this.made) return this.made;
    const made: PlaceCandidate[] = [];
    for (let k = this.from; k < this.to; k++) {
      const row = this.pairs[2 * k]!;
      const region = row < this.sources.regionCount ? this.sources.regionAt(row) : undefined;
      const name = region?.names[this.pairs[2 * k + 1]!];
      if (region && name) made.push({ region, name });
    }
    return (this.made = made);
  }
}

const isNumbers = (v: unknown, length?: number): v is number[] => Array.isArray(v) && (length === undefined || v.length === length);
/** Running starts over `count` items: n + 1 of them, from 0 to count. */
const isStarts = (v: unknown, n: number, count: number): v is number[] => isNumbers(v, n + 1) && v[0] === 0 && v[n] === count;
const isLists = (v: PatternListsFile | undefined): boolean => !!v && isNumbers(v.owners) && isNumbers(v.items) && isStarts(v.start, v.owners.length, v.items.length);

/**
 * Whether the file's arrays have the lengths its texts and the sources imply (else the caller
 * builds the table). Lengths, not every value: the file ships inside the extension like the
 * code, and a scan of each of its ~40 000 numbers would cost the page what the file saves.
 * A region row out of range still decodes to nothing (StoredPlace skips it).
 */
export function fitsSources(file: PatternTableFile, sources: TableSources): boolean {
  if (!file || !Array.isArray(file.texts)) return false;
  const n = file.texts.length;
  return (
    file.regionCount === sources.regionCount &&
    isNumbers(file.layers, n) && isNumbers(file.needs, n) && isNumbers(file.gated, n) && isNumbers(file.sideMask, n) && isNumbers(file.districts) &&
    isNumbers(file.candidates) && isStarts(file.candidateStart, n, file.candidates.length / 2) &&
    isNumbers(file.topicList) && isLists(file.topicsOf) && isNumbers(file.claimList) && isLists(file.claimsOf)
  );
}

/**
 * The table as buildPatternTable would make it from the same data (tests/unit/page-detector-file.test.ts).
 * Nothing is made per pattern here: a scan reads a pattern's place name by number (placeAt), made
 * the first time a scan meets it; its topics and claims are lists for only the ~300 patterns
 * that have any (pattern-lists-file.ts). Making all ~2 350 records was most of what a frame spent loading the table.
 */
export function loadPatternTable(file: PatternTableFile, sources: TableSources): PatternTable {
  const n = file.texts.length;
  const places: (StoredPlace | undefined)[] = new Array(n);
  const placeAt = (i: number): StoredPlace | undefined => {
    const need = file.needs[i]!;
    if (!(need >= 0)) return undefined;
    return (places[i] ??= new StoredPlace(file.texts[i]!, NEEDS[need]!, file.candidates, file.candidateStart[i]!, file.candidateStart[i + 1]!, sources));
  };
  const topicList = file.topicList.map((i) => sources.topics[i]!);
  const claimList = file.claimList.map((i) => sources.claims[i]!);
  const topicsOf = decodePatternLists(file.topicsOf, n);
  const claimsOf = decodePatternLists(file.claimsOf, n);
  let patterns: PatternInfo[] | undefined;
  return {
    texts: Object.freeze(file.texts.slice()),
    placeAt,
    get patterns() {
      const of = <T>(listOf: (i: number) => readonly number[], items: readonly T[]) => file.texts.map((_, i) => listOf(i).map((k) => items[k]!));
      return (patterns ??= recordsOf(file, placeAt, of(topicsOf, topicList), of(claimsOf, claimList)));
    },
    // Constructors, not TypedArray.from: in Firefox from() costs a frame ~0.1 ms more here.
    layerIndex: new Int8Array(file.layers),
    topicList,
    topicsOf,
    claimList,
    claimsOf,
    gated: new Uint8Array(file.gated),
    sideMask: new Uint32Array(file.sideMask),
  };
}

/** Every pattern's record, as buildPatternTable has them. */
function recordsOf(file: PatternTableFile, placeAt: (i: number) => PlaceName | undefined, topics: DetectorTopic[][], claims: DetectorClaim[][]): PatternInfo[] {
  const districts = new Set(file.districts);
  return file.texts.map((text, i) => {
    const p: PatternInfo = { layer: LAYER_ORDER[file.layers[i]!]!, text };
    const place = placeAt(i);
    if (place) p.place = place;
    if (districts.has(i)) p.district = true;
    if (topics[i]!.length > 0) p.topics = topics[i];
    if (claims[i]!.length > 0) p.claims = claims[i];
    if (file.gated[i]) p.gated = file.gated[i] as PatternInfo['gated'];
    return p;
  });
}
