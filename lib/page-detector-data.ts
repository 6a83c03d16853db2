/**
 * The detector's data for the content script, read from the bundled files without runtime schema
 * validation. The content script runs on every page: parsing regions with zod would cost one
 * ~50 ms main-thread task per page load and ship the zod runtime (~40 KB gzipped) in the bundle.
 * The files are validated where it is free: tests/unit/page-detector-data.test.ts checks this
 * returns what the validating loader (lib/bundled-detector bundledData) returns, minus the popup's
 * type-ahead fields (pinyin, initials) that data/page-regions.generated.json leaves out.
 */
import { CLAIMS } from '../data/claims';
import placeWords from '../data/place-words.generated.json';
import regionsFile from '../data/page-regions.generated.json';
import { TOPICS } from '../data/topics';
import type { DetectorData } from './detector';
import { decodePageRegions, type PageRegionsFile } from './page-regions';

export function pageDetectorData(): DetectorData {
  return {
    ...decodePageRegions(regionsFile as unknown as PageRegionsFile),
    topics: TOPICS,
    claims: CLAIMS,
    ordinaryWords: placeWords.words,
  };
}
