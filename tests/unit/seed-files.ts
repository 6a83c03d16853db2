import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The seed articles: ../shared/seeds beside the main checkout and in CI; a git worktree one level deeper
 * (/work/wt/<name>) finds the same folder further up.
 */
export const seedDir = findSeedDir(path.resolve(repoRoot, '..'));

function findSeedDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared/seeds');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no shared/seeds above ${start}`);
  }
}

export function readSeed(file: string): string {
  return readFileSync(path.join(seedDir, file), 'utf8');
}

/**
 * The part of a seed that carries facts: everything before the 社保网声明 line, which is followed only by
 * the related-article link lists.
 */
export function seedBody(file: string): string {
  const text = readSeed(file);
  const end = text.indexOf('社保网声明');
  if (end < 0) throw new Error(`${file}: no 社保网声明 line`);
  return text.slice(0, end);
}

/** Lines pasted in from a pension-adjustment article; they carry no fact about medical insurance. */
export const PENSION_NOISE = ['养老金低于当地低保线', '不参与本次调整', '服刑期间的退休人员暂停发放养老金', '这类群体往往生活较为困难'];

/** Text that must never back a fact: the pension noise, the site disclaimer and the related-link lists. */
export const NOISE_PHRASES = [...PENSION_NOISE, '社保网声明', '医保知识'];
