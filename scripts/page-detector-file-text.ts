/** The text of data/page-detector.generated.json, shared by its generator and its drift test. */
import { pageDetectorData, type DetectorFiles } from '../lib/bundle/content-data';
import { encodeAutomaton } from '../lib/matcher/automaton-file';
import { automatonTables } from '../lib/matcher/automaton-tables';
import { compileTrie } from '../lib/matcher/automaton-trie';
import { buildPatternTable } from '../lib/matcher/pattern-table';
import { encodePatternTable } from '../lib/matcher/pattern-table-file';

export function pageDetectorFileText(files: Omit<DetectorFiles, 'detector'>): string {
  const data = pageDetectorData(files);
  const table = buildPatternTable(data);
  const file = {
    regenerate: 'npm run gen:page-detector (scripts/gen-page-detector.ts)',
    table: encodePatternTable(table, data),
    automaton: encodeAutomaton(automatonTables(compileTrie(table.texts))),
  };
  // One array to a line: the file stays diffable without a line per number.
  return `${JSON.stringify(file, (_, v: unknown) => v, 1).replace(/\[\s+([\d,\s-]+)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`)}\n`;
}
