import { idleBudget, runSlice, SLICE_BUDGET_MS } from '../../lib/time-slice';

/** A unit of resumable work: returns false when finished. */
export type Job = (budgetMs: number) => boolean;

/**
 * Two lanes of time-sliced jobs. "Soon" runs in short macrotasks back to back (what the reader sees
 * now, and DOM changes); "idle" runs only when the browser is idle (the rest of a long page).
 * Every slice returns to the event loop, so input and rendering interleave.
 */
export class Scheduler {
  private readonly soon: Job[] = [];
  private readonly idle: Job[] = [];
  private soonPending = false;
  private idlePending = false;
  private stopped = false;
  private readonly channel = new MessageChannel();
  /** Longest slice seen, for the bench and tests. */
  longestSliceMs = 0;

  constructor() {
    this.channel.port1.onmessage = () => {
      this.soonPending = false;
      this.runSoon();
    };
  }

  addSoon(job: Job): void {
    this.soon.push(job);
    this.kickSoon();
  }

  addIdle(job: Job): void {
    this.idle.push(job);
    this.kickIdle();
  }

  get busy(): boolean {
    return this.soon.length > 0 || this.idle.length > 0;
  }

  stop(): void {
    this.stopped = true;
    this.soon.length = 0;
    this.idle.length = 0;
    this.channel.port1.close();
  }

  private kickSoon(): void {
    if (this.soonPending || this.stopped) return;
    this.soonPending = true;
    this.channel.port2.postMessage(0);
  }

  private kickIdle(): void {
    if (this.idlePending || this.stopped) return;
    this.idlePending = true;
    const run = (deadline?: IdleDeadline) => {
      this.idlePending = false;
      this.runIdle(deadline ? idleBudget(deadline.timeRemaining()) : SLICE_BUDGET_MS);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 16);
  }

  private runSoon(): void {
    this.drain(this.soon, SLICE_BUDGET_MS);
    if (this.soon.length) this.kickSoon();
    else if (this.idle.length) this.kickIdle();
  }

  private runIdle(budget: number): void {
    // Work for the reader's view always goes first.
    if (this.soon.length) return this.kickSoon();
    this.drain(this.idle, budget);
    if (this.idle.length) this.kickIdle();
  }

  private drain(lane: Job[], budget: number): void {
    if (this.stopped) return;
    const start = performance.now();
    runSlice(
      () => lane[0],
      (job) => {
        const left = budget - (performance.now() - start);
        if (!job(Math.max(1, left))) lane.shift();
      },
      () => performance.now(),
      budget,
    );
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
  }
}
