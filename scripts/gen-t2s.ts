/**
 * Generates data/t2s.generated.json: traditional → simplified characters (OpenCC's tables, via the
 * opencc-js devDependency, Taiwan and Hong Kong variants included) for every simplified character
 * the matcher reads — region names, topic and claim words, and the words its rules look at
 * (place-rules, organisation-names, topic-concepts, topic-rules, transfer-pairs); ordinary words
 * are left out, as they only guard names whose characters are already folded. The detector folds a page's 繁體
 * characters with it before matching, one code unit for one, so spans stay in the page's own text
 * (廣州 → 广州市, 醫保關係轉移接續 → transfer). Read by the validated loader (popup, scan, tests); the content
 * script leaves it out until it loads the matcher's data as a resource (50 KB gzipped budget).
 *
 * Regenerate after the regions, topics, claims or matcher rules change: `npm run gen:t2s`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { CLAIMS } from '../data/claims';
import { TOPICS } from '../data/topics';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const CJK = /[\u3400-\u9fff]/g;

const needed = new Set<string>();
const add = (text: string) => {
  for (const c of text.match(CJK) ?? []) needed.add(c);
};
for (const r of JSON.parse(read('data/regions.generated.json')).regions as { names: { text: string }[] }[]) r.names.forEach((n) => add(n.text));
for (const t of TOPICS) t.keywords.forEach(add);
for (const c of CLAIMS) c.patterns.forEach(add);
// The words the rules compare (INSURANCE_WORDS, suffix classes, pair verbs), not their comments.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
for (const f of ['place-rules.ts', 'organisation-names.ts', 'topic-concepts.ts', 'topic-rules.ts', 'transfer-pairs.ts']) add(code(read(`lib/matcher/${f}`)));
// The relevance gate reads the same folded text (Detector.fold) against its own word lists.
add(code(read('lib/relevance/relevance-terms.ts')));

const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
const convertTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const candidates = new Set<string>();
for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
  for (const entry of dict.split('|')) {
    const from = entry.split(' ')[0];
    if (from && from.length === 1) candidates.add(from);
  }
}
const pairs: string[] = [];
for (const t of [...candidates].sort()) {
  const s = convertTw(t) !== t ? convertTw(t) : convert(t);
  // One BMP code unit for one, so offsets need no map.
  if (s.length !== 1 || t.length !== 1 || s === t || !needed.has(s)) continue;
  pairs.push(t + s);
}

const out = {
  generated: {
    by: 'scripts/gen-t2s.ts',
    from: 'opencc-js TSCharacters, TWVariantsRev, HKVariantsRev, limited to the characters the matcher reads',
    regenerate: 'npm run gen:t2s',
  },
  pairs: pairs.join(''),
};
writeFileSync(path.join(root, 'data/t2s.generated.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`t2s: ${pairs.length} traditional characters folded, for ${needed.size} characters the matcher reads`);
