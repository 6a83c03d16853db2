/** The text of data/page-automaton.generated.json, shared by its generator and its drift test. */
import { pageDetectorData, type DetectorFiles } from '../lib/bundle/content-data';
import { encodeTrie } from '../lib/matcher/automaton-file';
import { compileTrie, patternsFingerprint } from '../lib/matcher/automaton-trie';
import { buildPatternTable } from '../lib/matcher/pattern-table';

export function automatonFileText(files: Omit<DetectorFiles, 'automaton'>): string {
  const texts = buildPatternTable(pageDetectorData(files)).patterns.map((p) => p.text);
  const trie = encodeTrie(compileTrie(texts), patternsFingerprint(texts));
  return `${JSON.stringify({ regenerate: 'npm run gen:automaton (scripts/gen-automaton.ts)', trie }, null, 1)}\n`;
}
