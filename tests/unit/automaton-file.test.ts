import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectorFiles } from '../../lib/bundle/detector-files';
import { decodeTrie, encodeTrie } from '../../lib/matcher/automaton-file';
import { compileTrie } from '../../lib/matcher/automaton-trie';
import { automatonFileText } from '../../scripts/automaton-file-text';

describe('data/page-automaton.generated.json', () => {
  it('is what npm run gen:automaton writes from the current data (stale file fails here)', () => {
    const onDisk = readFileSync(path.resolve(import.meta.dirname, '../../data/page-automaton.generated.json'), 'utf8');
    expect(onDisk).toBe(automatonFileText(detectorFiles()));
  });
  it('decodes to the trie it encoded', () => {
    const trie = compileTrie(['广州', '广州市', '州市', '转移接续', '医保']);
    expect(decodeTrie(encodeTrie(trie, 'x'))).toEqual(trie);
  });
});
