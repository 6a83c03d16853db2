/**
 * `npm run scan` as a data maintainer uses it: real files in, JSON out, clear errors on bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, seedDir } from './seed-files';

function scan(arg: string, input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', arg], {
    cwd: repoRoot,
    encoding: 'utf8',
    input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));

interface Out {
  mentions: { kind: string; id: string; name: string; text: string; start: number; end: number }[];
  subject?: { code: string; name: string };
}

// Each case starts a Node process (about a second on a busy 2-core machine).
describe('npm run scan', { timeout: 60_000 }, () => {
  it('lists the places, topics, claims and subject of a seed page', () => {
    const r = scan(path.join(seedDir, '001_d22b8a7856880c69.txt'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out;
    const names = new Set(out.mentions.filter((m) => m.kind === 'place').map((m) => m.name));
    for (const n of ['荆门市', '深圳市', '新疆维吾尔自治区', '石河子市', '青岛市', '中卫市']) expect(names).toContain(n);
    expect(names).not.toContain('合作市'); // 农村合作医疗
    expect(out.mentions.some((m) => m.kind === 'topic' && m.id === 'transfer')).toBe(true);
    expect(out.mentions.some((m) => m.kind === 'claim' && m.id === 'overstated-only-one-month')).toBe(true);
    expect(out.subject?.name).toBe('荆门市');
  });

  it('reads HTML: visible text only, names split by inline tags, offsets into the visible text', () => {
    const file = path.join(dir, 'page.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><title>江西九江医保指南</title><script>var a="深圳";</script></head>' +
        '<body><h1>医保转移</h1><p>江西九<b>江</b>的参保人</p><div hidden>上海</div><p>去 昆山</p></body></html>',
    );
    const r = scan(file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out & { textLength: number };
    const places = out.mentions.filter((m) => m.kind === 'place');
    expect(places.map((m) => m.name)).toEqual(['江西省', '九江市', '昆山市']);
    expect(out.subject?.name).toBe('九江市');
    // Visible text: "医保转移\n江西九江的参保人\n去 昆山\n"
    expect(places[1]).toMatchObject({ text: '九江', start: 7, end: 9 });
    expect(places[2]).toMatchObject({ text: '昆山', start: 16, end: 18 });
  });

  it('gives the page relevance verdict with its reasons and still lists every mention', () => {
    const travel = JSON.parse(scan(path.join(repoRoot, 'tests/fixtures/travel.html')).out) as Out & { relevance: { relevant: boolean; reasons: string[] } };
    expect(travel.relevance.relevant).toBe(false);
    expect(travel.relevance.reasons[0]).toMatch(/^not relevant: score/);
    expect(travel.mentions.filter((m) => m.kind === 'place').map((m) => m.name)).toEqual(expect.arrayContaining(['成都市', '康定市', '重庆市']));
    const seed = JSON.parse(scan(path.join(seedDir, '001_d22b8a7856880c69.txt')).out) as Out & { relevance: { relevant: boolean; reasons: string[] } };
    expect(seed.relevance.relevant).toBe(true);
    expect(seed.relevance.reasons.join('\n')).toMatch(/insurance words/);
  });

  it('reads standard input', () => {
    const r = scan('-', '山东青岛医保个人账户余额怎么跨省转移？');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Out).mentions.filter((m) => m.kind === 'place').map((m) => m.name)).toEqual(['山东省', '青岛市']);
  });

  it('refuses a missing file, a binary file and an empty file with a message and a non-zero exit', () => {
    const missing = scan(path.join(dir, 'nope.html'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/no such file/);

    const bin = path.join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const binary = scan(bin);
    expect(binary.code).not.toBe(0);
    expect(binary.err).toMatch(/binary|UTF-8/);

    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const e = scan(empty);
    expect(e.code).not.toBe(0);
    expect(e.err).toMatch(/empty/);

    const none = scan('');
    expect(none.code).not.toBe(0);
    expect(none.err).toMatch(/usage/);
  });
});
