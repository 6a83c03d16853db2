/**
 * The detector over the bundled data, built once on first use and shared.
 */
import { CLAIMS } from '../../data/claims';
import placeWords from '../../data/place-words.generated.json';
import scriptFile from '../../data/t2s.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { TOPICS } from '../../data/topics';
import { createDetector, type Detector, type DetectorData } from '../matcher/detector';
import { loadRegions } from './validated-regions';

let shared: Detector | undefined;

export function bundledData(): DetectorData {
  const { regions, blockers } = loadRegions(regionsFile);
  return { regions, blockers, topics: TOPICS, claims: CLAIMS, ordinaryWords: placeWords.words, t2s: scriptFile.pairs };
}

export function bundledDetector(): Detector {
  shared ??= createDetector(bundledData());
  return shared;
}
