// data/page-regions.generated.json: the regions as the page needs them, in a compact form decoded
// once at start. Every frame of every page parses it, so it leaves out the popup's type-ahead fields
// (pinyin, initials) and writes each region as one row instead of an object with repeated keys:
//   [code, name, level, parent, names, province?]
// - code: a number, the difference from the previous row's code (the first row's is the code): six
//   distinct digits per row are most of what gzip cannot shrink, nearby codes differ by little;
// - level: index into the file's `levels`;
// - parent: 0 for the one the code implies (a county-level city's XXYY00 prefecture, else its
//   province XX0000; none for a province), else the code or null;
// - names: every name after the full one (which is `name`, listed first), as [text, form, ambiguity?]
//   with form and ambiguity as indexes into `forms` and `ambiguities`; a number as text stands for
//   that many leading characters of `name` (九江市 → 2 = 九江);
// - province: only where it is not the code's XX0000.
// Blockers are rows too: [text, code, parent, collidesWith]. tests/unit/page-detector-data.test.ts
// checks that decoding gives what the validating loader gives, and that the file is up to date.
import type { Blocker, Region, RegionLevel, RegionName } from '../../data/schema';
import { provinceOf } from '../regions/levels';

const LEVELS = ['province', 'prefecture', 'county-city'] as const satisfies readonly RegionLevel[];
const FORMS = ['full', 'short', 'alias'] as const satisfies readonly RegionName['form'][];
const AMBIGUITIES = ['shared', 'common-word', 'part-of-word', 'other-name'] as const satisfies readonly RegionName['ambiguity'][number][];

type NameRow = [text: string | number, form: number, ambiguity?: number[]];
type RegionRow = [codeStep: number, name: string, level: number, parent: string | null | 0, names: NameRow[], province?: string];
type BlockerRow = [text: string, code: string, parent: string, collidesWith: string[]];

export interface PageRegionsFile {
  generated: Record<string, string>;
  levels: readonly string[];
  forms: readonly string[];
  ambiguities: readonly string[];
  regions: RegionRow[];
  blockers: BlockerRow[];
}

/** The regions file as data/regions.generated.json holds it (already validated when it was written). */
export interface FullRegionsFile {
  regions: Region[];
  blockers: Blocker[];
}

function impliedParent(code: string, level: RegionLevel): string | null {
  if (level === 'province') return null;
  return level === 'county-city' && code.slice(2, 4) !== '00' ? `${code.slice(0, 4)}00` : provinceOf(code);
}

function index<T>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`page-regions: ${String(value)} is not in [${list.join(', ')}]; add it to lib/bundle/page-regions-format.ts`);
  return i;
}

export function pageRegionsFrom(full: FullRegionsFile): PageRegionsFile {
  let previous = 0;
  const regions = full.regions.map((r): RegionRow => {
    const [first, ...rest] = r.names;
    if (!first || first.text !== r.name || first.form !== 'full' || first.ambiguity.length > 0) {
      throw new Error(`page-regions: ${r.code}'s first name is not its plain full name; the format assumes it is`);
    }
    const names = rest.map((n): NameRow => {
      const text = n.form === 'short' && r.name.startsWith(n.text) ? n.text.length : n.text;
      const row: NameRow = [text, index(FORMS, n.form)];
      if (n.ambiguity.length > 0) row.push(n.ambiguity.map((a) => index(AMBIGUITIES, a)));
      return row;
    });
    const parent = r.parent === impliedParent(r.code, r.level) ? 0 : r.parent;
    const step = Number(r.code) - previous;
    previous = Number(r.code);
    const row: RegionRow = [step, r.name, index(LEVELS, r.level), parent, names];
    if (r.province !== provinceOf(r.code)) row.push(r.province);
    return row;
  });
  return {
    generated: {
      by: 'scripts/gen-page-regions.ts',
      from: 'data/regions.generated.json (pinyin and initials dropped)',
      regenerate: 'npm run gen:page-regions',
      format: 'rows, not objects: see lib/bundle/page-regions-format.ts',
    },
    levels: LEVELS,
    forms: FORMS,
    ambiguities: AMBIGUITIES,
    regions,
    blockers: full.blockers.map((b): BlockerRow => [b.text, b.code, b.parent, b.collidesWith]),
  };
}

/** One region from its row; `code` is the row's code, its step already added up. */
function regionOf(file: PageRegionsFile, [, name, level, parent, names, province]: RegionRow, code: string): Region {
  const lvl = file.levels[level] as RegionLevel;
  return {
    code,
    name,
    names: [
      { text: name, form: 'full', ambiguity: [] },
      ...names.map(([text, form, ambiguity = []]) => ({
        text: typeof text === 'number' ? name.slice(0, text) : text,
        form: file.forms[form] as RegionName['form'],
        ambiguity: ambiguity.map((a) => file.ambiguities[a] as RegionName['ambiguity'][number]),
      })),
    ],
    level: lvl,
    parent: parent === 0 ? impliedParent(code, lvl) : parent,
    province: province ?? provinceOf(code),
    pinyin: '',
    initials: '',
  };
}

/**
 * Region rows decoded one at a time, on first use, each once: a page's detector reads only the
 * regions of the names it meets (lib/matcher/pattern-table-file.ts). The codes, running sums of
 * the rows' steps, are added up at the first such use too: many pages meet no place at all.
 */
export function regionReader(file: PageRegionsFile): { count: number; regionAt(i: number): Region } {
  let codes: Int32Array | undefined;
  const codesOf = (): Int32Array => {
    const sums = new Int32Array(file.regions.length);
    let previous = 0;
    file.regions.forEach((row, i) => (sums[i] = previous += row[0]));
    return sums;
  };
  const made: Region[] = [];
  return {
    count: file.regions.length,
    regionAt: (i) => (made[i] ??= regionOf(file, file.regions[i]!, String((codes ??= codesOf())[i]).padStart(6, '0'))),
  };
}

export function decodeBlockers(file: PageRegionsFile): Blocker[] {
  return file.blockers.map(([text, code, parent, collidesWith]) => ({ text, code, parent, collidesWith }));
}

/** Regions (pinyin and initials empty) and blockers, as the validating loader would return them. */
export function decodePageRegions(file: PageRegionsFile): { regions: Region[]; blockers: Blocker[] } {
  const reader = regionReader(file);
  return { regions: Array.from({ length: reader.count }, (_, i) => reader.regionAt(i)), blockers: decodeBlockers(file) };
}
