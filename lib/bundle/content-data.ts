/**
 * The detector's data for the content script, decoded from the compact files the background sends
 * (lib/bundle/detector-files.ts) without runtime schema validation. The content script runs on every
 * page: parsing regions with zod would cost one ~50 ms main-thread task per page load and ship the zod
 * runtime (~40 KB gzipped) in the bundle. The files are validated where it is free:
 * tests/unit/page-detector-data.test.ts checks this returns what the validating loader
 * (lib/bundle/validated-detector bundledData) returns, minus what the page does not read: the popup's
 * type-ahead fields (pinyin, initials) and the card texts.
 */
import type { TrieFile } from '../matcher/automaton-file';
import type { DetectorData } from '../matcher/detector';
import { decodePageRegions, type PageRegionsFile } from './page-regions-format';
import type { PageTermsFile } from './page-terms-format';

/** What the background sends for protocol 'detector-data'. */
export interface DetectorFiles {
  regions: PageRegionsFile;
  terms: PageTermsFile;
  ordinaryWords: string[];
  /** Traditional → simplified pairs, one character each (data/t2s.generated.json). */
  t2s: string;
  /** The compiled trie (data/page-automaton.generated.json). */
  automaton?: TrieFile;
}

const isArray = Array.isArray;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isArray(v);

/** The reply's shape, checked by hand (no zod here); a stale or broken reply leaves the lens off. */
export function isDetectorFiles(raw: unknown): raw is DetectorFiles {
  if (!isObject(raw) || !isObject(raw.regions) || !isObject(raw.terms)) return false;
  const { regions, terms } = raw;
  return (
    isArray(regions.regions) && isArray(regions.blockers) && isArray(regions.levels) && isArray(regions.forms) &&
    isArray(regions.ambiguities) && isArray(terms.topics) && isArray(terms.claims) &&
    isArray(raw.ordinaryWords) && raw.ordinaryWords.every((w) => typeof w === 'string') && typeof raw.t2s === 'string'
  );
}

export function pageDetectorData(files: DetectorFiles): DetectorData {
  const { topics, claims } = files.terms;
  return { ...decodePageRegions(files.regions), topics, claims, ordinaryWords: files.ordinaryWords, t2s: files.t2s, automaton: files.automaton };
}
