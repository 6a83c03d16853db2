import path from 'node:path';

/**
 * The seed articles live beside the checkout (../shared/seeds). A git worktree elsewhere can point
 * at them with SHEBAO_SEEDS=/path/to/shared/seeds.
 */
export function seedsDir(repoRoot: string): string {
  return process.env.SHEBAO_SEEDS ?? path.resolve(repoRoot, '../shared/seeds');
}
