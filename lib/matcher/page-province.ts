/**
 * One sense per page for names that live in several provinces: a page reads a bare name the way
 * the province its other names lie in does. 兴安 on a page about 桂林 and 广西 is 兴安县 there (a
 * county, which is no place the product marks), not 兴安盟 in 内蒙古; 海南 on a page about 青海 is
 * 海南藏族自治州, not 海南省.
 */
import type { Region } from '../../data/schema';
import { provinceOf } from '../regions/levels';
import type { DistrictIndex, PlaceName } from './place-rules';

/** An accepted name the page may read another way, and the place it was read as. */
export interface PageSensitive {
  readonly i: number;
  readonly place: PlaceName;
  readonly region: Region;
}

/** The provinces of counties or districts of the same bare name outside region's province. */
function localSensesOf(districts: DistrictIndex, nameText: string, region: Region): string[] {
  const out: string[] = [];
  for (const b of districts.get(region.code) ?? []) {
    const p = provinceOf(b.parent);
    if (b.text.startsWith(nameText) && p !== region.province) out.push(p);
  }
  return out;
}

/** Whether the name, read as region, has another sense in some other province. */
export function isPageSensitive(districts: DistrictIndex, place: PlaceName, region: Region): boolean {
  if (place.candidates.some((c) => c.region.province !== region.province)) return true;
  // Runs for every name found: no list is built for the common case of no blocker at all.
  const blockers = districts.get(region.code);
  return blockers !== undefined && localSensesOf(districts, place.text, region).length > 0;
}

// The other sense's province must be named at least this often by names with one sense only.
const MIN_NAMED = 2;

/**
 * Re-reads each page-sensitive name by the provinces the page's other names lie in: when the
 * province of another sense is named more often than the one it was read in (and at least
 * MIN_NAMED times), the name becomes that province's place, or no place when it is a county or
 * district there.
 */
export function readInPageProvince(districts: DistrictIndex, accepted: (Region | undefined)[], sensitive: readonly PageSensitive[]): void {
  const skip = new Set(sensitive.map((s) => s.i));
  const named = new Map<string, number>();
  accepted.forEach((r, i) => {
    if (r && !skip.has(i)) named.set(r.province, (named.get(r.province) ?? 0) + 1);
  });
  const times = (province: string) => named.get(province) ?? 0;
  for (const s of sensitive) {
    if (accepted[s.i] !== s.region) continue;
    let best: { region: Region | undefined; n: number } = { region: s.region, n: Math.max(times(s.region.province), MIN_NAMED - 1) };
    for (const c of s.place.candidates) if (times(c.region.province) > best.n) best = { region: c.region, n: times(c.region.province) };
    for (const p of localSensesOf(districts, s.place.text, s.region)) if (times(p) > best.n) best = { region: undefined, n: times(p) };
    accepted[s.i] = best.region;
  }
}
