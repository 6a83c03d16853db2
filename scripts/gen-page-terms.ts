/**
 * Writes data/page-terms.generated.json (lib/bundle/page-terms-format.ts): the topics' and claims' words for the
 * content script's detector. Regenerate after editing data/topics.ts or data/claims.ts with
 * `npm run gen:page-terms`; tests/unit/page-detector-data.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIMS } from '../data/claims';
import { TOPICS } from '../data/topics';
import { pageTermsFrom } from '../lib/bundle/page-terms-format';

const terms = pageTermsFrom(TOPICS, CLAIMS);
const lines = [
  `{"generated":${JSON.stringify(terms.generated)},`,
  `"topics":[\n${terms.topics.map((t) => JSON.stringify(t)).join(',\n')}\n],`,
  `"claims":[\n${terms.claims.map((c) => JSON.stringify(c)).join(',\n')}\n]}`,
];
writeFileSync(path.resolve(import.meta.dirname, '../data/page-terms.generated.json'), `${lines.join('\n')}\n`);
console.log(`page-terms: ${terms.topics.length} topics, ${terms.claims.length} claims`);
