/**
 * Generates data/place-words.generated.json: ordinary words that contain a place name needing
 * context (三明治, 孙中山, 合作医疗, 长治久安). The detector puts them in its automaton so that
 * leftmost-longest lets the word win and the name inside it is never a place.
 *
 * Regenerate after data/regions.generated.json changes: `npm run gen:place-words`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RegionsFile } from '../data/schema';

const MIN_FREQ = 3; // the dict's floor: rare words cost nothing and still protect their names
const CONTEXT_REASONS = new Set(['common-word', 'part-of-word', 'other-name']);
const PLACE_TAGS = new Set(['ns']); // place words (中山路, 江山市) stay places, they are not blockers
const PLACE_SUFFIX = /(省|市|州|县|区|盟|地区|镇|乡|村)$/;
// The name still means the place in these: its people (桂林人), its station or airport (海口机场),
// a preposition or province abbreviation before it (从金华, 晋长治).
const STILL_PLACE_AFTER = /^(人|站|机场)$/;
const STILL_PLACE_BEFORE = /^[从往到去在任回来赴离至于京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]$/;

function stillPlace(word: string, name: string): boolean {
  const at = word.indexOf(name);
  return STILL_PLACE_AFTER.test(word.slice(at + name.length)) || (at === 1 && word.length === name.length + 1 && STILL_PLACE_BEFORE.test(word[0]!));
}

const require = createRequire(import.meta.url);
const dictPath = require.resolve('@node-rs/jieba/dict.txt');
const regions = RegionsFile.parse(JSON.parse(readFileSync('data/regions.generated.json', 'utf8'))).regions;

const allNames = new Set(regions.flatMap((r) => r.names.map((n) => n.text)));
const needy = [
  ...new Set(regions.flatMap((r) => r.names.filter((n) => n.ambiguity.some((a) => CONTEXT_REASONS.has(a))).map((n) => n.text))),
];

const words = new Set<string>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freqText, tag] = line.split(' ');
  if (!word || Number(freqText) < MIN_FREQ || PLACE_TAGS.has(tag ?? '')) continue;
  if (allNames.has(word) || PLACE_SUFFIX.test(word)) continue;
  if (needy.some((name) => word.length > name.length && word.includes(name) && !stillPlace(word, name))) words.add(word);
}

const out = {
  generated: {
    by: 'scripts/gen-place-words.ts',
    from: `@node-rs/jieba dict.txt (freq >= ${MIN_FREQ}, tags other than ${[...PLACE_TAGS].join(',')}) and data/regions.generated.json`,
    regenerate: 'npm run gen:place-words',
  },
  names: needy,
  words: [...words].sort(),
};
writeFileSync('data/place-words.generated.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`${needy.length} names needing context, ${words.size} ordinary words containing them`);
