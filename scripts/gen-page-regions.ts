/**
 * Writes data/page-regions.generated.json: data/regions.generated.json without the type-ahead fields
 * (pinyin, initials) that only the popup uses, one row per region (format: lib/bundle/page-regions-format.ts), so
 * every page load parses a fifth of the full file.
 * Regenerate after `npm run gen:regions` with `npm run gen:page-regions`;
 * tests/unit/page-detector-data.test.ts fails while the two files disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RegionsFile } from '../data/schema';
import { pageRegionsFrom } from '../lib/bundle/page-regions-format';

const DATA = path.resolve(import.meta.dirname, '../data');
const full = RegionsFile.parse(JSON.parse(readFileSync(path.join(DATA, 'regions.generated.json'), 'utf8')));
const slim = pageRegionsFrom(full);
const { regions, blockers, ...head } = slim;
const lines = [
  `${JSON.stringify(head).slice(0, -1)},`,
  `"regions":[\n${regions.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"blockers":[\n${blockers.map((b) => JSON.stringify(b)).join(',\n')}\n]}`,
];
writeFileSync(path.join(DATA, 'page-regions.generated.json'), `${lines.join('\n')}\n`);
console.log(`page-regions: ${regions.length} regions, ${blockers.length} blockers`);
