// The schema sits in its own file so the popup can show these three values without bundling zod;
// tests/unit/dataset-meta.test.ts validates them.
import type { DatasetMeta } from './dataset-meta-schema';

export const DATASET_META: DatasetMeta = { version: '2025.10.25', updated: '2026-12-02', seeds: 5 };
