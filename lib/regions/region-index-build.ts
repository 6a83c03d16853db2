// The region index itself, from regions already known to be valid. Kept apart from region-index.ts,
// which validates with zod first, so extension pages can index the bundled file without bundling
// zod's full runtime (validated in tests instead: tests/unit/bundled-data.test.ts).
import type { Blocker, Region } from '../../data/schema';
import { LEVEL_RANK } from './levels';

export interface RegionIndex {
  readonly regions: readonly Region[];
  readonly blockers: readonly Blocker[];
  byCode(code: string): Region | undefined;
  /** Every region a written name (full, short or alias) points to; more than one when shared. */
  byName(text: string): Region[];
  provinceOf(code: string): Region | undefined;
  /** A county-level city's prefecture, a prefecture itself; undefined for provinces and province-direct cities. */
  prefectureOf(code: string): Region | undefined;
  children(code: string): Region[];
  /** Type-ahead over Chinese names, pinyin prefixes and initials (jj → 九江市). */
  search(query: string, limit?: number): Region[];
}

const CJK = /[\u3400-\u9fff]/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Lower is better; undefined means no match.
function score(region: Region, q: string): number | undefined {
  if (CJK.test(q)) {
    if (region.names.some((n) => n.text === q)) return 0;
    if (region.names.some((n) => n.text.startsWith(q))) return 1;
    return region.name.includes(q) ? 2 : undefined;
  }
  if (region.pinyin === q) return 0;
  if (region.initials === q) return 1;
  if (region.pinyin.startsWith(q)) return 2;
  return region.initials.startsWith(q) ? 3 : undefined;
}

export function buildRegionIndex(regions: readonly Region[], blockers: readonly Blocker[]): RegionIndex {
  const codes = new Map<string, Region>();
  const names = new Map<string, Region[]>();
  const kids = new Map<string, Region[]>();
  for (const r of regions) {
    codes.set(r.code, r);
    for (const n of r.names) push(names, n.text, r);
    if (r.parent) push(kids, r.parent, r);
  }

  const byCode = (code: string): Region | undefined => codes.get(code);
  return {
    regions,
    blockers,
    byCode,
    byName: (text) => names.get(text) ?? [],
    provinceOf: (code) => {
      const r = codes.get(code);
      return r && codes.get(r.province);
    },
    prefectureOf: (code) => {
      const r = codes.get(code);
      if (r?.level === 'prefecture') return r;
      const parent = r?.level === 'county-city' && r.parent ? codes.get(r.parent) : undefined;
      return parent?.level === 'prefecture' ? parent : undefined;
    },
    children: (code) => kids.get(code) ?? [],
    search: (query, limit = 10) => {
      const q = query.trim().toLowerCase().replace(/\s+/g, '');
      if (!q) return [];
      const hits: { region: Region; score: number }[] = [];
      for (const region of regions) {
        const s = score(region, q);
        if (s !== undefined) hits.push({ region, score: s });
      }
      hits.sort(
        (a, b) =>
          a.score - b.score ||
          LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] ||
          a.region.code.localeCompare(b.region.code),
      );
      return hits.slice(0, limit).map((h) => h.region);
    },
  };
}
