// Bundled by scripts/bench/page.ts into one script for the bench page: the content script's own
// annotator and detector, run in the page so the same run can time mark.js and the floor beside it.
import { createDetector } from '../../lib/matcher/detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { Annotator } from '../../entrypoints/content/reading/annotator';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';

interface LensResult {
  buildMs: number;
  workMs: number;
  wallMs: number;
  longestSliceMs: number;
  highlights: number;
}

async function runLens(): Promise<LensResult> {
  const t0 = performance.now();
  const built = createDetector(pageDetectorData());
  const detector = pageDetector(built);
  const buildMs = performance.now() - t0;
  const annotator = new Annotator({
    detector,
    isOwnUi: () => false,
    kinds: new Set(['place', 'topic', 'claim'] as const),
  });
  // A page the browser has already laid out, as at document_idle: the forced layout is not ours.
  document.body.getBoundingClientRect();
  const start = performance.now();
  annotator.start(document);
  await annotator.scheduler.whenIdle();
  // The last batch of highlights may still wait for its timed commit: show it now, in slices
  // like the annotator's own commits, inside the timing.
  annotator.commitNow();
  await annotator.scheduler.whenIdle();
  return {
    buildMs,
    workMs: annotator.scheduler.workMs,
    wallMs: performance.now() - start,
    longestSliceMs: annotator.scheduler.longestSliceMs,
    highlights: annotator.index.size,
  };
}

(window as unknown as { benchLens: unknown }).benchLens = { runLens };
