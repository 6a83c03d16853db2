/**
 * The matcher's data files as the background hands them to the content script (protocol
 * 'detector-data'). They live in the background's bundle, not the content script's: they are a
 * quarter of what the page would otherwise load in every frame (about 13 KB gzipped of its 50 KB
 * budget), and a message needs no web_accessible_resources entry that pages could probe for.
 */
import { words as ordinaryWords } from '../../data/place-words.generated.json';
import regionsFile from '../../data/page-regions.generated.json';
import termsFile from '../../data/page-terms.generated.json';
import scriptFile from '../../data/t2s.generated.json';
import detectorFile from '../../data/page-detector.generated.json';
import type { DetectorFiles } from './content-data';
import type { PageRegionsFile } from './page-regions-format';
import type { PageTermsFile } from './page-terms-format';

export function detectorFiles(): DetectorFiles {
  return {
    regions: regionsFile as unknown as PageRegionsFile,
    terms: termsFile as unknown as PageTermsFile,
    ordinaryWords,
    t2s: scriptFile.pairs,
    detector: { table: detectorFile.table, automaton: detectorFile.automaton },
  };
}
