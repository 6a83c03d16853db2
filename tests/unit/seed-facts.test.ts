import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims';
import { RULES } from '../../data/rules';
import { SEEDS } from '../../data/seeds/seed-meta';
import { SEED_FACTS } from './seed-facts.checklist';

describe('seed facts checklist', () => {
  it('covers every seed', () => {
    for (const seed of SEEDS) expect(SEED_FACTS.filter((f) => f.seed === seed.file).length, seed.file).toBeGreaterThan(10);
  });

  it.each(SEED_FACTS.map((f) => [`${f.seed.slice(0, 3)} ${f.fact}`, f] as const))('finds %s', (_name, fact) => {
    expect(fact.find({ rules: RULES, claims: CLAIMS })).toBe(true);
  });

  it('needs each seed’s own citations: without them, none of its entries is found', () => {
    for (const seed of SEEDS) {
      const strip = <T extends { sources: (typeof RULES)[number]['sources'] }>(x: T): T => ({
        ...x,
        sources: x.sources.filter((s) => !('seed' in s) || s.seed !== seed.file),
      });
      const data = { rules: RULES.map(strip), claims: CLAIMS.map(strip) };
      const stillFound = SEED_FACTS.filter((f) => f.seed === seed.file && f.find(data)).map((f) => f.fact);
      expect(stillFound, seed.file).toEqual([]);
    }
  });
});
