// Bundled and run by cold-pass.ts under callgrind: builds the page detector, then scans the batches
// in COLD_BATCHES COLD_PASSES times. Nothing is printed; the instruction count is the measure.
import { readFileSync } from 'node:fs';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { detectorFiles } from '../../lib/bundle/detector-files';
import { loadDetector } from '../../lib/matcher/detector';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';

const batches = JSON.parse(readFileSync(process.env.COLD_BATCHES!, 'utf8')) as string[];
const detector = pageDetector(loadDetector(pageDetectorData(detectorFiles()))!);
const passes = Number(process.env.COLD_PASSES);
let mentions = 0;
for (let p = 0; p < passes; p++) for (const b of batches) mentions += detector.scanText(b).length;
if (passes > 0 && mentions === 0) throw new Error('cold pass: no mentions found');
