/**
 * Work on the page is cut into slices that stay far below the 50 ms long-task line, so scrolling and
 * typing stay smooth while a 1 MB page is scanned. The budget is checked between items; one item
 * (a block of at most a few thousand characters) must itself be short.
 */
export const SLICE_BUDGET_MS = 8;
/**
 * Idle callbacks may offer up to 50 ms; taking all of it would make the slice a long task. The
 * same as a busy slice: a garbage collection or the last item may still run a few ms over, and
 * at 12 ms idle slices reached 20-24 ms on the bench page.
 */
export const IDLE_BUDGET_MAX_MS = 8;

export function idleBudget(timeRemaining: number): number {
  return Math.max(1, Math.min(timeRemaining, IDLE_BUDGET_MAX_MS));
}

export interface SliceResult {
  /** True when the source ran dry within the budget. */
  done: boolean;
  processed: number;
}

/**
 * Pulls items from `next` and hands them to `work` until `next` returns undefined or the budget is
 * spent. At least one item is processed per slice so progress is guaranteed.
 */
export function runSlice<T>(
  next: () => T | undefined,
  work: (item: T) => void,
  now: () => number,
  budgetMs: number,
): SliceResult {
  const start = now();
  let processed = 0;
  for (;;) {
    if (processed > 0 && now() - start >= budgetMs) return { done: false, processed };
    const item = next();
    if (item === undefined) return { done: true, processed };
    work(item);
    processed++;
  }
}
