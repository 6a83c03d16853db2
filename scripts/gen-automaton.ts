/**
 * Generates data/page-automaton.generated.json: the matcher's Aho-Corasick trie compiled from the
 * patterns the content script's detector reads (lib/bundle/detector-files.ts → pattern-table.ts),
 * so each frame decodes typed arrays instead of building a trie. The detector checks its
 * fingerprint and compiles afresh when the file is stale; tests/unit/automaton-file.test.ts fails then.
 *
 * Regenerate after the regions, place words, topics or claims change: `npm run gen:automaton`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectorFiles } from '../lib/bundle/detector-files';
import { automatonFileText } from './automaton-file-text';

writeFileSync(path.resolve(import.meta.dirname, '..', 'data/page-automaton.generated.json'), automatonFileText(detectorFiles()));
