import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { detectorFiles } from '../../lib/bundle/detector-files';
import { buildAutomaton, loadAutomaton } from '../../lib/matcher/automaton';
import { decodeAutomaton, encodeAutomaton } from '../../lib/matcher/automaton-file';
import { automatonTables } from '../../lib/matcher/automaton-tables';
import { compileTrie } from '../../lib/matcher/automaton-trie';
import { createDetector, loadDetector } from '../../lib/matcher/detector';
import { buildPatternTable, type PatternTable } from '../../lib/matcher/pattern-table';
import { loadPatternTable } from '../../lib/matcher/pattern-table-file';
import type { PlaceName } from '../../lib/matcher/place-rules';
import { regionReader } from '../../lib/bundle/page-regions-format';
import { pageDetectorFileText } from '../../scripts/page-detector-file-text';

const plainPlace = (p: PlaceName | undefined) => p && { text: p.text, need: p.need, candidates: p.candidates };
/** A table as plain values, each place's candidates read (the stored ones decode on this read), by number and in the records. */
const plain = ({ placeAt, topicsOf, claimsOf, ...t }: PatternTable) => ({
  ...t,
  places: t.texts.map((_, i) => plainPlace(placeAt(i))),
  topicsOf: t.texts.map((_, i) => topicsOf(i)),
  claimsOf: t.texts.map((_, i) => claimsOf(i)),
  patterns: t.patterns.map((p) => ({ ...p, place: plainPlace(p.place) })),
});

describe('data/page-detector.generated.json', () => {
  it('is what npm run gen:page-detector writes from the current data (stale file fails here)', () => {
    const onDisk = readFileSync(path.resolve(import.meta.dirname, '../../data/page-detector.generated.json'), 'utf8');
    const { detector: _, ...sources } = detectorFiles();
    expect(onDisk).toBe(pageDetectorFileText(sources));
  });

  it('loads into the table the data builds, every candidate and topic included', () => {
    const { detector, ...sources } = detectorFiles();
    const data = pageDetectorData(sources);
    const reader = regionReader(sources.regions);
    const loaded = loadPatternTable(detector!.table, { topics: data.topics, claims: data.claims, regionCount: reader.count, regionAt: reader.regionAt });
    const built = buildPatternTable(data);
    expect(built.patterns.filter((p) => p.place).length).toBeGreaterThan(1000);
    expect(plain(loaded)).toEqual(plain(built));
  });

  it("the automaton's tables survive the file, and the stored tables find what built ones find", () => {
    const patterns = ['广州', '广州市', '州市', '转移接续', '医保', '市医保'];
    const tables = automatonTables(compileTrie(patterns));
    const loaded = decodeAutomaton(encodeAutomaton(tables), patterns.length)!;
    expect(loaded).toEqual(tables);
    const text = '从广州市医保转移接续到州市';
    expect(Array.from(loadAutomaton(loaded).findAll(text))).toEqual(Array.from(buildAutomaton(patterns).findAll(text)));
  });

  it('a file that does not fit is not used: the detector builds the table and finds the same', () => {
    const files = detectorFiles();
    const text = '从九江市到广州市办理医保关系转移接续，个人账户余额随之转移。';
    const good = createDetector(pageDetectorData(files)).scan(text);
    const broken = [
      { ...files.detector!, table: { ...files.detector!.table, candidates: files.detector!.table.candidates.slice(2) } },
      { ...files.detector!, automaton: { ...files.detector!.automaton, fail: [1, 2, 3] } },
      { ...files.detector!, table: { ...files.detector!.table, regionCount: 1 } },
    ];
    for (const detector of broken) {
      expect(createDetector(pageDetectorData({ ...files, detector })).scan(text)).toEqual(good);
      // The page's loader does not build: no lens rather than an untrusted table.
      expect(loadDetector(pageDetectorData({ ...files, detector }))).toBeUndefined();
    }
    expect(loadDetector(pageDetectorData(files))?.scan(text)).toEqual(good);
    expect(good.mentions.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['九江市', '广州市']);
  });
});
