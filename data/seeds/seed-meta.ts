import type { Source } from '../schema';

/** The five source articles in ../shared/seeds/ (title = each file's first line, date = its publication date). */
export interface SeedMeta {
  file: string;
  title: string;
  date: string;
}

export const SEEDS = [
  { file: '000_c92632fc03d80718.txt', title: '江西九江离职后医保余额转移指南:简单几步搞定(9月21日)', date: '2025-09-21' },
  { file: '001_d22b8a7856880c69.txt', title: '荆门医保卡个人余额怎么跨转移到异地?(05/12)', date: '2025-05-12' },
  { file: '002_29482b622b392ebf.txt', title: '乌鲁木齐医保卡余额怎么异地转移?(10月25日)', date: '2025-10-25' },
  { file: '003_1d070bcd65830885.txt', title: '广东广州医保个人账户余额怎么跨省转移?(2025/04/16)', date: '2025-04-16' },
  { file: '004_19b40e20bde5ce48.txt', title: '兰州医保关系跨省异地转移可以转个人账户里的钱吗?(2025/06/01)', date: '2025-06-01' },
] as const satisfies readonly SeedMeta[];

export type SeedIndex = 0 | 1 | 2 | 3 | 4;

/** A seed citation: the article's metadata plus the verbatim sentence a fact rests on. */
export function seedSource(index: SeedIndex, quote: string): Source {
  const seed = SEEDS[index];
  return { seed: seed.file, title: seed.title, date: seed.date, quote };
}

/** A seed's quote table: each verbatim sentence once, under a name, as a ready citation. */
export function seedQuotes<const T extends Record<string, string>>(index: SeedIndex, quotes: T): { readonly [K in keyof T]: Source } {
  const out: Record<string, Source> = {};
  for (const [name, quote] of Object.entries(quotes)) out[name] = seedSource(index, quote);
  return out as { readonly [K in keyof T]: Source };
}
