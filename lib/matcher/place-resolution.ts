/**
 * From the place layer's raw matches to accepted places: matches that cut an insurance word are
 * dropped, the rest go through leftmost-longest, then each name's rules (place-rules.ts) decide
 * whether it is a place here and which one, and compounds (江西九江) are linked.
 */
import type { Region } from '../../data/schema';
import {
  INSURANCE_WORDS,
  chooseCandidate,
  contextSpan,
  fullNameSwallowed,
  hasSuffixContext,
  isDistrictOf,
  isExampleFrame,
  isCapitalClause,
  isInside,
  isListSeparator,
  isPartOfOtherName,
  isDirectionPhrase,
  teamNameAt,
  type DistrictIndex,
  type PlaceName,
} from './place-rules';
import { isFirmListMember } from './organisation-names';
import { isPageSensitive, readInPageProvince, type PageSensitive } from './page-province';
import { lowerBound, sortByStart, STRIDE } from './triples';
import type { PlaceInfo } from './types';

const MAX_CONTEXT_WORD = Math.max(...INSURANCE_WORDS.map((w) => w.length));

/**
 * The accepted places as (start, end, index) triples in the normalized text, with each one's
 * region, pattern and compound partner (index into the places, -1 when none).
 */
export interface PlaceList {
  readonly count: number;
  readonly flat: Int32Array;
  readonly region: Region[];
  readonly partner: Int32Array;
  readonly patternOf: Int32Array;
}

export interface PlaceResolver {
  /** Pattern i's place name, if it is one (PatternTable.placeAt). */
  placeAt(i: number): PlaceName | undefined;
  readonly districts: DistrictIndex;
  /** The pattern number of the place name written so, if there is one. */
  placeNamed(text: string): number | undefined;
}

/** Resolves the place layer: selected triples (leftmost-longest) against sorted context hits. */
export function resolvePlaces(r: PlaceResolver, text: string, selected: Int32Array, contextHits: Int32Array): PlaceList {
  const count = selected.length / STRIDE;
  const accepted: (Region | undefined)[] = new Array(count);
  let pending: Pending[] | undefined;
  let sensitive: PageSensitive[] | undefined;
  for (let i = 0; i < count; i++) {
    const s = selected[i * 3]!;
    let e = selected[i * 3 + 1]!;
    let place = r.placeAt(selected[i * 3 + 2]!);
    if (!place) continue; // a district or an ordinary word covers this text
    if (fullNameSwallowed(text, s, e)) {
      // 北京市场 is 北京 + 市场: the name without its 市 is read instead, when it is one.
      const shorter = r.placeNamed(place.text.slice(0, -1));
      if (shorter === undefined) continue;
      place = r.placeAt(shorter)!;
      selected[i * 3 + 1] = --e;
      selected[i * 3 + 2] = shorter;
    }
    if (isDirectionPhrase(text, s)) continue;
    const nextStart = i + 1 < count ? selected[i * 3 + 3]! : -1;
    if (nextStart !== e && isPartOfOtherName(text, e, endsFullName(place.text))) continue;
    if (isFirmListMember(text, s) && !listedWithPlace(r, text, selected, i)) continue;
    // The place written right before, when it ends where this one starts (江西九江).
    const before = i > 0 && selected[i * 3 - 2] === s ? accepted[i - 1] : undefined;
    const chosen = chooseCandidate(place.candidates, before);
    if (isDistrictOf(r.districts, chosen.region, place.text, before)) continue;
    if (!before && isPageSensitive(r.districts, place, chosen.region)) (sensitive ??= []).push({ i, place, region: chosen.region });
    if (hasContext(text, s, e, place, chosen.region, before, contextHits)) accepted[i] = chosen.region;
    else (pending ??= []).push({ i, region: chosen.region, s, e });
  }
  if (pending) acceptListed(text, selected, accepted, pending);
  dropClubNames(text, selected, accepted);
  if (sensitive) readInPageProvince(r.districts, accepted, sensitive);
  return packPlaces(selected, accepted);
}

/** Whether a list item next to match i (across a 、) is a place name: then the list is of places. */
function listedWithPlace(r: PlaceResolver, text: string, selected: Int32Array, i: number): boolean {
  const s = selected[i * 3]!;
  const e = selected[i * 3 + 1]!;
  const isPlace = (k: number) => k >= 0 && k < selected.length / STRIDE && r.placeAt(selected[k * 3 + 2]!) !== undefined;
  return (text[s - 1] === '、' && selected[i * 3 - 2] === s - 1 && isPlace(i - 1)) || (text[e] === '、' && selected[i * 3 + 3] === e + 1 && isPlace(i + 1));
}

interface Pending {
  readonly i: number;
  readonly region: Region;
  readonly s: number;
  readonly e: number;
}

function hasContext(
  text: string,
  s: number,
  e: number,
  place: PlaceName,
  region: Region,
  before: Region | undefined,
  contextHits: Int32Array,
): boolean {
  return (
    place.need === 'none' ||
    hasSuffixContext(text, e) ||
    (before !== undefined && isInside(region, before)) ||
    isExampleFrame(text, s, e) ||
    hasContextWord(text, s, e, place.need, contextHits) ||
    isCapitalClause(text, s, e)
  );
}

/** A still-doubtful name listed next to an accepted place (大同、太原) is a place too. */
function acceptListed(text: string, selected: Int32Array, accepted: (Region | undefined)[], pending: readonly Pending[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of pending) {
      if (accepted[p.i]) continue;
      const left = accepted[p.i - 1] !== undefined;
      const right = accepted[p.i + 1] !== undefined;
      const listed =
        (left && isListSeparator(text.slice(selected[(p.i - 1) * 3 + 1], p.s))) ||
        (right && isListSeparator(text.slice(p.e, selected[(p.i + 1) * 3]))) ||
        isRouteStart(text, p.s, p.e);
      if (listed) {
        accepted[p.i] = p.region;
        changed = true;
      }
    }
  }
}

const FULL_NAME_END = /(市|省|自治区|特别行政区|地区|盟)$/;
const endsFullName = (name: string): boolean => FULL_NAME_END.test(name);

/** 从桂林至阳朔, 自兰州到西宁: the start of a route is a place even when the other end is no city. */
function isRouteStart(text: string, s: number, e: number): boolean {
  return '从自由'.includes(text[s - 1] ?? '\u0000') && '至到往'.includes(text[e] ?? '\u0000');
}

/**
 * One sense per page for clubs: once a name is seen as a club's (成都蓉城主场), every 成都蓉城 on the
 * page is the club, not the city.
 */
function dropClubNames(text: string, selected: Int32Array, accepted: (Region | undefined)[]): void {
  let clubs: string[] | undefined;
  for (let i = 0; i < accepted.length; i++) {
    if (!accepted[i]) continue;
    const club = teamNameAt(text, selected[i * 3]!, selected[i * 3 + 1]!);
    if (club) (clubs ??= []).push(club);
  }
  if (!clubs) return;
  for (let i = 0; i < accepted.length; i++) {
    if (accepted[i] && clubs.some((c) => text.startsWith(c, selected[i * 3]!))) accepted[i] = undefined;
  }
}

function packPlaces(selected: Int32Array, accepted: readonly (Region | undefined)[]): PlaceList {
  let n = 0;
  for (const r of accepted) if (r) n++;
  const flat = new Int32Array(n * STRIDE);
  const region: Region[] = new Array(n);
  const partner = new Int32Array(n).fill(-1);
  const patternOf = new Int32Array(n);
  for (let i = 0, k = 0; i < accepted.length; i++) {
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

/**
 * Competing readings (去江门和龙岩): a name that needs context loses to a sure name that starts
 * inside it and runs past its end, so 龙岩 is read and 和龙 is not. Returns triples sorted by start.
 */
const CONJUNCTION = '和与及或';

export function preferSureReadings(placeAt: (pattern: number) => PlaceName | undefined, flat: Int32Array): Int32Array {
  const sorted = sortByStart(flat);
  const n = sorted.length / STRIDE;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const s = sorted[i * 3]!;
    const e = sorted[i * 3 + 1]!;
    const p = sorted[i * 3 + 2]!;
    let beaten = false;
    const place = placeAt(p);
    // A name opening with a conjunction (和龙 in 江门和龙岩) yields like a doubtful one, at the next character.
    const conjunction = place !== undefined && CONJUNCTION.includes(place.text[0]!);
    if (place && (place.need !== 'none' || conjunction)) {
      for (let j = i + 1; j < n && sorted[j * 3]! < e && !beaten; j++) {
        const other = placeAt(sorted[j * 3 + 2]!);
        const js = sorted[j * 3]!;
        beaten = js > s && (place.need !== 'none' || js === s + 1) && sorted[j * 3 + 1]! > e && other?.need === 'none';
      }
    }
    if (beaten) continue;
    sorted[kept++] = s;
    sorted[kept++] = e;
    sorted[kept++] = p;
  }
  return sorted.subarray(0, kept);
}

/** Whether an insurance word lies in the clause near the name (hits: context triples sorted by start). */
export function hasContextWord(text: string, s: number, e: number, need: 'near' | 'adjacent', hits: Int32Array): boolean {
  const [a, b] = contextSpan(text, s, e, need);
  // A word counts if it starts in [a - MAX, b): before the name it must end inside the span, after it start inside.
  for (let k = lowerBound(hits, Math.max(0, a - MAX_CONTEXT_WORD)); k < hits.length / 3 && hits[k * 3]! < b; k++) {
    const hs = hits[k * 3]!;
    const he = hits[k * 3 + 1]!;
    if ((he <= s && he > a) || (hs >= e && hs < b)) return true;
  }
  return false;
}

/**
 * Drops place-layer matches that cut an insurance word in two: 医保定点 holds no 保定 and 中山医保
 * no 中山医. A match may contain such a word or lie inside one, not straddle its edge.
 */
export function notCrossing(flat: Int32Array, hits: Int32Array): Int32Array {
  if (hits.length === 0) return flat;
  const out = new Int32Array(flat.length);
  let kept = 0;
  for (let i = 0; i < flat.length; i += 3) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    let crossing = false;
    // Insurance words are short: only hits starting within MAX_CONTEXT_WORD before s can reach in.
    for (let k = lowerBound(hits, s - MAX_CONTEXT_WORD); k < hits.length / 3 && hits[k * 3]! < e; k++) {
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

// One frozen PlaceInfo per region, shared by all its mentions.
const infos = new WeakMap<Region, PlaceInfo>();

export function infoOf(region: Region): PlaceInfo {
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
