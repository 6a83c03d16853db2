/** `npm run bench`: the engine bench (Node) then the page bench (headless Chromium). */
import { runEngineBench } from './bench/engine';
import { runPageBench } from './bench/page';

runEngineBench();
await runPageBench();
