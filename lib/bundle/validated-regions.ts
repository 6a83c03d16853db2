import { z } from 'zod';
import { RegionsFile, type Blocker, type Region, type RegionLevel } from '../../data/schema';
import { buildRegionIndex, type RegionIndex } from '../regions/region-index-build';

export type { Blocker, Region, RegionIndex, RegionLevel };

export function loadRegions(file: unknown): RegionIndex {
  const parsed = RegionsFile.safeParse(file);
  if (!parsed.success) throw new Error(`Invalid regions data: ${z.prettifyError(parsed.error)}`);
  return buildRegionIndex(parsed.data.regions, parsed.data.blockers);
}
