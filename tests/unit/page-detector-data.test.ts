import { describe, expect, it } from 'vitest';
import { bundledData } from '../../lib/bundled-detector';
import { pageDetectorData } from '../../lib/page-detector-data';
import { pageRegionsFrom, type FullRegionsFile } from '../../lib/page-regions';
import fullFile from '../../data/regions.generated.json';
import pageFile from '../../data/page-regions.generated.json';

describe('pageDetectorData', () => {
  it('equals the validated bundled data, field for field, but for the type-ahead fields', () => {
    const full = bundledData();
    const withoutTypeAhead = { ...full, regions: full.regions.map((r) => ({ ...r, pinyin: '', initials: '' })) };
    expect(pageDetectorData()).toEqual(withoutTypeAhead);
  });

  it('is generated from the current regions file (regenerate: npx tsx scripts/gen-page-regions.ts)', () => {
    expect(pageRegionsFrom(fullFile as FullRegionsFile)).toEqual(pageFile);
  });
});
