import { z } from 'zod';
import { IsoDate } from './schema';

export const DatasetMeta = z.object({
  /** YYYY.MM.DD of the newest source article the data was checked against, so a reader can tell how fresh it is. */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/),
  /** Day the bundled data was last edited. */
  updated: IsoDate,
  /** Number of source articles in ../shared/seeds the data cites. */
  seeds: z.number().int().positive(),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;
