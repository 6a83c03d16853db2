import { describe, expect, it } from 'vitest';
import { idleBudget, runSlice } from '../../lib/reading/time-slice';

function fakeClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe('runSlice', () => {
  it('stops when the budget is spent and resumes where it stopped', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const seen: number[] = [];
    const next = () => items.shift();
    const now = fakeClock(3);
    const first = runSlice(next, (i) => seen.push(i), now, 8);
    expect(first.done).toBe(false);
    expect(first.processed).toBeGreaterThan(0);
    expect(first.processed).toBeLessThan(10);
    let total = first.processed;
    for (let guard = 0; guard < 20; guard++) {
      const r = runSlice(next, (i) => seen.push(i), now, 8);
      total += r.processed;
      if (r.done) break;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(total).toBe(10);
  });

  it('always makes progress even when one item exceeds the budget', () => {
    const items = [1, 2];
    const r = runSlice(() => items.shift(), () => {}, fakeClock(100), 8);
    expect(r.processed).toBe(1);
    expect(r.done).toBe(false);
  });

  it('reports done on an empty source', () => {
    expect(runSlice(() => undefined, () => {}, fakeClock(1), 8)).toEqual({ done: true, processed: 0 });
  });
});

describe('idleBudget', () => {
  it('never takes a whole 50 ms idle period and never drops to zero', () => {
    expect(idleBudget(49.9)).toBeLessThan(20);
    expect(idleBudget(0)).toBe(1);
    expect(idleBudget(5)).toBe(5);
  });
});
