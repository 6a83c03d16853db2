import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_META } from '../../data/dataset-meta';
import { DatasetMeta } from '../../data/dataset-meta-schema';
import { seedsDir as findSeeds } from '../../scripts/seeds-dir';

const seedsDir = findSeeds(path.resolve(import.meta.dirname, '../..'));

describe('DATASET_META', () => {
  it('matches its schema', () => {
    expect(DatasetMeta.safeParse(DATASET_META).success).toBe(true);
  });

  it('is versioned by the newest seed article and counts the seeds', () => {
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
    expect(DATASET_META.seeds).toBe(seeds.length);
    // Line 3 of a seed is its publication time, e.g. "2025-10-25 06:19:29社保网".
    const dates = seeds.map((f) => readFileSync(path.join(seedsDir, f), 'utf8').split('\n')[2]?.slice(0, 10) ?? '');
    const newest = dates.sort().at(-1);
    expect(DATASET_META.version).toBe(newest?.replaceAll('-', '.'));
  });
});
