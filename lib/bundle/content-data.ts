/**
 * The detector's data for the content script, read from the bundled files without runtime schema
 * validation. The content script runs on every page: parsing regions with zod would cost one
 * ~50 ms main-thread task per page load and ship the zod runtime (~40 KB gzipped) in the bundle.
 * The files are validated where it is free: tests/unit/page-detector-data.test.ts checks this
 * returns what the validating loader (lib/bundled-detector bundledData) returns, minus what the
 * page does not read: the popup's type-ahead fields (pinyin, initials) that
 * data/page-regions.generated.json leaves out, and the card texts data/page-terms.generated.json does.
 */
import { words as ordinaryWords } from '../../data/place-words.generated.json';
import regionsFile from '../../data/page-regions.generated.json';
import termsFile from '../../data/page-terms.generated.json';
import type { DetectorData } from '../matcher/detector';
import { decodePageRegions, type PageRegionsFile } from './page-regions-format';
import type { PageTermsFile } from './page-terms-format';

export function pageDetectorData(): DetectorData {
  const { topics, claims } = termsFile as unknown as PageTermsFile;
  return {
    ...decodePageRegions(regionsFile as unknown as PageRegionsFile),
    topics,
    claims,
    ordinaryWords,
    // No t2s (traditional → simplified) yet: its 1.8 KB gzipped would take the content script over
    // its 50 KB budget; it comes with loading the matcher's data as a resource.
  };
}
