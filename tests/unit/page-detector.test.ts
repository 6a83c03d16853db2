import { describe, expect, it } from 'vitest';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';
import { createDetector } from '../../lib/matcher/detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { detectorFiles } from '../../lib/bundle/detector-files';

const detector = pageDetector(createDetector(pageDetectorData(detectorFiles())));

describe('pageDetector.scanRun', () => {
  it('keeps each block its own paragraph: a place takes no topics from the next block', () => {
    const [place] = detector.scanRun(['九江市医保局的地址在这里。', '省内转移时个人账户资金不划转。']).filter((m) => m.kind === 'place');
    expect(place?.text).toBe('九江市');
    expect(place?.topics ?? []).not.toContain('intra-province');
  });

  it('reads a name broken over lines inside one block, with offsets into the joined blocks', () => {
    const mentions = detector.scanRun(['第一段。', '江西九\n江的职工医保']).filter((m) => m.kind === 'place');
    expect(mentions.map((m) => [m.id, m.start, m.end])).toEqual([
      ['360000', 5, 7],
      ['360400', 7, 10],
    ]);
  });
});
