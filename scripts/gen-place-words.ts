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

// Any name, even a sure one, is no place inside an idiom or set phrase (仁者乐山, 洛阳纸贵, 大同小异)
// or inside a longer word the dict takes for a person's or thing's name with the name in its
// middle or end (四季长春, 万古长春). Short names are kept (刘长春 is a person, but 从金华 is a place).
const IDIOM_TAGS = new Set(['i', 'l']);
const sortedNames = [...allNames].filter((n) => n.length >= 2);
const AFTER_NAME_SUFFIX = /^(省|市|州|县|区|盟|地区|自治)/;

function isBlockingPhrase(word: string, tag: string): boolean {
  if (!IDIOM_TAGS.has(tag) && !(tag === 'nr' && word.length >= 4)) return false;
  const inside = sortedNames.filter((n) => word.length > n.length && word.includes(n) && (IDIOM_TAGS.has(tag) || word.indexOf(n) > 0));
  if (inside.length === 0 || inside.some((n) => stillPlace(word, n))) return false;
  // 吉林长春 is two places; 北京市劳动人民文化宫 names 北京市 itself.
  if (inside.some((n) => AFTER_NAME_SUFFIX.test(word.slice(word.indexOf(n) + n.length)))) return false;
  return !sortedNames.some((n) => word.startsWith(n) && allNames.has(word.slice(n.length)));
}

// A plant, animal, mineral or food named for a place is a thing (长春花, 哈密瓜, 大理石, 北京鸭), whatever
// tag the dict gives it (长春花 is tagged ns): the name, then one character saying what kind of thing.
const THING_HEAD = /^[花草树松柏藤竹兰菊梅桃李鱼虾蟹鸡鸭鹅犬狗马牛羊猪猫瓜茶玉石岩]$/;
const isNamedThing = (word: string): boolean =>
  (THING_HEAD.test(word.slice(-1)) && allNames.has(word.slice(0, -1)) && word.length >= 3) ||
  (DISH_HEAD.test(word.slice(-2)) && allNames.has(word.slice(0, -2)));
// A dish named for its city (北京烤鸭, 兰州拉面, 桂林米粉) is the dish: the name, then a two-character dish word.
const DISH_HEAD = /^(烤鸭|拉面|米粉|米线|火锅|板鸭|烧鸡|凉皮|泡馍|烧麦|汤包)$/;
// A mountain or peak the dict names with a place name inside, not at its start (五台山 holds 台山).
const isMountainHolding = (word: string, tag: string): boolean =>
  tag === 'ns' && /[山峰岭]$/.test(word) && word.length >= 3 && sortedNames.some((n) => word.indexOf(n) > 0 && !word.startsWith(n));

const words = new Set<string>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freqText, tag] = line.split(' ');
  if (word && Number(freqText) >= MIN_FREQ && isNamedThing(word)) words.add(word);
  if (word && Number(freqText) >= MIN_FREQ && isMountainHolding(word, tag ?? '') && !allNames.has(word)) words.add(word);
  if (!word || Number(freqText) < MIN_FREQ || PLACE_TAGS.has(tag ?? '')) continue;
  if (allNames.has(word) || PLACE_SUFFIX.test(word)) continue;
  if (needy.some((name) => word.length > name.length && word.includes(name) && !stillPlace(word, name))) words.add(word);
  else if (isBlockingPhrase(word, tag ?? '')) words.add(word);
}

const out = {
  generated: {
    by: 'scripts/gen-place-words.ts',
    from: `@node-rs/jieba dict.txt (freq >= ${MIN_FREQ}, tags other than ${[...PLACE_TAGS].join(',')}; any name inside words tagged ${[...IDIOM_TAGS].join(',')} or 4+ character nr; any name + one thing character, any tag) and data/regions.generated.json`,
    regenerate: 'npm run gen:place-words',
  },
  names: needy,
  words: [...words].sort(),
};
writeFileSync('data/place-words.generated.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`${needy.length} names needing context, ${words.size} ordinary words containing them`);
