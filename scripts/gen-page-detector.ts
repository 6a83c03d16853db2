/**
 * Generates data/page-detector.generated.json: the content script's pattern table and its
 * Aho-Corasick automaton (trie, failure links, output chains), made from the data the page's detector reads
 * (lib/bundle/detector-files.ts), so a frame loads numbers instead of building them. The detector
 * builds afresh when the file does not fit its data; tests/unit/page-detector-file.test.ts fails
 * when the file is stale.
 *
 * Regenerate after the regions, place words, topics or claims change: `npm run gen:page-detector`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectorFiles } from '../lib/bundle/detector-files';
import { pageDetectorFileText } from './page-detector-file-text';

writeFileSync(path.resolve(import.meta.dirname, '..', 'data/page-detector.generated.json'), pageDetectorFileText(detectorFiles()));
