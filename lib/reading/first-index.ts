/**
 * The first index in [0, count) where `test` holds, or `count`, for a test that once true stays
 * true (a lower bound): the one binary search behind the near band's lookups.
 */
export function firstIndex(count: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
