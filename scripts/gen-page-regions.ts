/**
 * Writes data/page-regions.generated.json: data/regions.generated.json without the type-ahead fields
 * (pinyin, initials) that only the popup uses, so every page load parses 30% less.
 * Regenerate after `npm run gen:regions` with `npx tsx scripts/gen-page-regions.ts`;
 * tests/unit/page-detector-data.test.ts fails while the two files disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageRegionsFrom } from '../lib/page-regions';

const DATA = path.resolve(import.meta.dirname, '../data');
const full = JSON.parse(readFileSync(path.join(DATA, 'regions.generated.json'), 'utf8'));
const slim = pageRegionsFrom(full);
const lines = [
  `{"generated":${JSON.stringify(slim.generated)},`,
  `"regions":[\n${slim.regions.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"blockers":[\n${slim.blockers.map((b) => JSON.stringify(b)).join(',\n')}\n]}`,
];
writeFileSync(path.join(DATA, 'page-regions.generated.json'), `${lines.join('\n')}\n`);
console.log(`page-regions: ${slim.regions.length} regions, ${slim.blockers.length} blockers`);
