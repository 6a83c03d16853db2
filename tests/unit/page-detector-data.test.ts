import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims';
import { TOPICS } from '../../data/topics';
import { bundledData, bundledDetector } from '../../lib/bundle/validated-detector';
import { createDetector } from '../../lib/matcher/detector';
import { isDetectorFiles, pageDetectorData } from '../../lib/bundle/content-data';
import { detectorFiles } from '../../lib/bundle/detector-files';
import { RegionsFile } from '../../data/schema';
import { decodePageRegions, pageRegionsFrom, type PageRegionsFile } from '../../lib/bundle/page-regions-format';
import { pageTermsFrom } from '../../lib/bundle/page-terms-format';
import fullFile from '../../data/regions.generated.json';
import pageFile from '../../data/page-regions.generated.json';
import termsFile from '../../data/page-terms.generated.json';

describe('pageDetectorData', () => {
  it('equals the validated bundled data, field for field (traditional table included), but for the type-ahead fields and the card texts', () => {
    const full = bundledData();
    expect(full.t2s?.length).toBeGreaterThan(0);
    const { topics, claims } = pageTermsFrom(full.topics, full.claims);
    const pageView = { ...full, regions: full.regions.map((r) => ({ ...r, pinyin: '', initials: '' })), topics, claims };
    const { compiled, ...page } = pageDetectorData(detectorFiles());
    expect(page).toEqual(pageView);
    // The build-time table numbers regions by row: row i decodes to the validated region i.
    expect(compiled?.regionCount).toBe(full.regions.length);
    expect(Array.from({ length: full.regions.length }, (_, i) => compiled!.regionAt(i))).toEqual(pageView.regions);
  });

  it('finds on the seed pages exactly what the full data finds', () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/seeds');
    const page = createDetector(pageDetectorData(detectorFiles()));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(path.join(dir, file), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
      const want = bundledDetector().scan(text);
      expect(want.mentions.length, file).toBeGreaterThan(10);
      expect(page.scan(text), file).toEqual(want);
    }
  });

  it('accepts the files the background sends and refuses broken ones, so a stale reply leaves the lens off', () => {
    const files = detectorFiles();
    expect(isDetectorFiles(JSON.parse(JSON.stringify(files)))).toBe(true);
    for (const broken of [null, 'x', {}, { ...files, t2s: 3 }, { ...files, regions: { ...files.regions, regions: 'rows' } }, { ...files, ordinaryWords: [1] }]) {
      expect(isDetectorFiles(broken), JSON.stringify(broken).slice(0, 40)).toBe(false);
    }
  });

  it('has the topics and claims of data/ (regenerate: npm run gen:page-terms)', () => {
    expect(pageTermsFrom(TOPICS, CLAIMS)).toEqual(termsFile);
  });

  it('is generated from the current regions file (regenerate: npm run gen:page-regions)', () => {
    expect(pageRegionsFrom(RegionsFile.parse(fullFile))).toEqual(pageFile);
  });

  it('decodes to the regions file itself, but for the type-ahead fields', () => {
    const full = RegionsFile.parse(fullFile);
    const decoded = decodePageRegions(pageFile as unknown as PageRegionsFile);
    expect(decoded.regions).toEqual(full.regions.map((r) => ({ ...r, pinyin: '', initials: '' })));
    expect(decoded.blockers).toEqual(full.blockers);
    // Rows, not objects: a fifth of the full file, which every frame of every page parses.
    expect(JSON.stringify(pageFile).length).toBeLessThan(JSON.stringify(fullFile).length / 4);
  });

  it('writes down what the code does not imply: 仙桃 under 湖北 directly, names that are not a prefix', () => {
    const { regions } = decodePageRegions(pageFile as unknown as PageRegionsFile);
    const xiantao = regions.find((r) => r.name === '仙桃市')!;
    expect([xiantao.level, xiantao.parent, xiantao.province]).toEqual(['county-city', '420000', '420000']);
    const enshi = regions.find((r) => r.code === '422800')!;
    expect(enshi.names).toEqual([
      { text: '恩施土家族苗族自治州', form: 'full', ambiguity: [] },
      { text: '恩施', form: 'short', ambiguity: ['shared'] },
      { text: '恩施州', form: 'alias', ambiguity: [] },
    ]);
  });
});
