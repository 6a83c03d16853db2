/** `npm run bench`: the engine bench now; the page bench will join it as scripts/bench/page.ts. */
import { runEngineBench } from './bench/engine';

runEngineBench();
