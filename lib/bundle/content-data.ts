/**
 * The detector's data for the content script, decoded from the compact files the background sends
 * (lib/bundle/detector-files.ts) without runtime schema validation. The content script runs on every
 * page: parsing regions with zod would cost one ~50 ms main-thread task per page load and ship the zod
 * runtime (~40 KB gzipped) in the bundle. The files are validated where it is free:
 * tests/unit/page-detector-data.test.ts checks this returns what the validating loader
 * (lib/bundle/validated-detector bundledData) returns, minus what the page does not read: the popup's
 * type-ahead fields (pinyin, initials) and the card texts.
 */
import type { AutomatonFile } from '../matcher/automaton-file';
import type { PatternTableFile } from '../matcher/pattern-table-file';
import type { Blocker, Region } from '../../data/schema';
import type { DetectorData } from '../matcher/detector';
import { decodeBlockers, decodePageRegions, regionReader, type PageRegionsFile } from './page-regions-format';
import type { PageTermsFile } from './page-terms-format';

/** What the background sends for protocol 'detector-data'. */
export interface DetectorFiles {
  regions: PageRegionsFile;
  terms: PageTermsFile;
  ordinaryWords: string[];
  /** Traditional → simplified pairs, one character each (data/t2s.generated.json). */
  t2s: string;
  /** The pattern table and automaton made at build time (data/page-detector.generated.json). */
  detector?: { table: PatternTableFile; automaton: AutomatonFile };
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

/**
 * With the build-time detector file, regions are decoded one by one as the scan meets their names,
 * and the blockers when a scan first resolves a place; all regions only if the file does not fit
 * and the detector builds its table here after all.
 */
export function pageDetectorData(files: DetectorFiles): DetectorData {
  const { topics, claims } = files.terms;
  const common = { topics, claims, ordinaryWords: files.ordinaryWords, t2s: files.t2s };
  if (!files.detector) return { ...common, ...decodePageRegions(files.regions) };
  const reader = regionReader(files.regions);
  let all: readonly Region[] | undefined;
  let blockers: readonly Blocker[] | undefined;
  return {
    ...common,
    get blockers() {
      return (blockers ??= decodeBlockers(files.regions));
    },
    get regions() {
      return (all ??= Array.from({ length: reader.count }, (_, i) => reader.regionAt(i)));
    },
    compiled: { ...files.detector, regionCount: reader.count, regionAt: reader.regionAt },
  };
}
