/** `npm run bench`: the engine bench (Node) then the page bench (headless Chromium and Firefox). */
import { runEngineBench } from './bench/engine';
import { runPageBench } from './bench/page';

runEngineBench();
await runPageBench();
