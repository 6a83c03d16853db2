/** Scoring shared by the corpus tests: labels to region codes, and precision / recall over multisets. */
import regionsFile from '../../data/regions.generated.json';
import { loadRegions } from '../../lib/bundle/validated-regions';

export const regionIndex = loadRegions(regionsFile);

/** A label's region code: a 6-digit code as is, an official name when exactly one region has it. */
export function codeOf(label: string): string {
  if (/^\d{6}$/.test(label)) return label;
  const hits = regionIndex.regions.filter((r) => r.name === label);
  if (hits.length !== 1) throw new Error(`corpus label ${label} names ${hits.length} regions`);
  return hits[0]!.code;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}
export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [] });

/** Multiset comparison: each expected item can be matched once. */
export function compare(t: Tally, expected: readonly string[], found: readonly string[], text: string): void {
  const left = [...expected];
  const extra: string[] = [];
  for (const f of found) {
    const k = left.indexOf(f);
    if (k >= 0) {
      left.splice(k, 1);
      t.tp++;
    } else extra.push(f);
  }
  t.fp += extra.length;
  t.fn += left.length;
  if (extra.length || left.length) t.misses.push(`${text}  +[${extra.join(',')}] -[${left.join(',')}]`);
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
