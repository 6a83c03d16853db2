import { idleBudget, runSlice, SLICE_BUDGET_MS } from '../../../lib/reading/time-slice';

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
  /** Next idle slice within the same idle period (see runIdle). */
  private readonly idleChannel = new MessageChannel();
  private idleDeadline: IdleDeadline | undefined;
  /** Longest slice and total time in slices, for the bench. */
  longestSliceMs = 0;
  workMs = 0;
  private idleWaiters: (() => void)[] = [];

  constructor() {
    this.channel.port1.onmessage = () => {
      this.soonPending = false;
      this.runSoon();
    };
    this.idleChannel.port1.onmessage = () => {
      this.idlePending = false;
      this.runIdle(this.idleDeadline);
    };
  }

  addSoon(job: Job): void {
    this.soon.push(job);
    this.kickSoon();
  }

  /** Before every other job of the "soon" lane (showing what was found must not wait for more reading). */
  addFirst(job: Job): void {
    this.soon.unshift(job);
    this.kickSoon();
  }

  addIdle(job: Job): void {
    this.idle.push(job);
    this.kickIdle();
  }

  get busy(): boolean {
    return this.soon.length > 0 || this.idle.length > 0;
  }

  /** Resolves when both lanes are empty (the bench waits for the whole page). */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    this.soon.length = 0;
    this.idle.length = 0;
    this.channel.port1.close();
    this.idleChannel.port1.close();
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
      this.runIdle(deadline);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 16);
  }

  private runSoon(): void {
    this.drain(this.soon, SLICE_BUDGET_MS);
    if (this.soon.length) this.kickSoon();
    else if (this.idle.length) this.kickIdle();
  }

  private runIdle(deadline: IdleDeadline | undefined): void {
    // Work for the reader's view always goes first.
    if (this.soon.length) return this.kickSoon();
    this.drain(this.idle, deadline ? idleBudget(deadline.timeRemaining()) : SLICE_BUDGET_MS);
    if (!this.idle.length) return;
    // Slices stay short, yet the whole idle period is used: while the browser still reports idle
    // time, the next slice runs as a task of its own (input and rendering can come in between)
    // instead of waiting for the next idle callback, which comes at most once a frame.
    if (deadline && deadline.timeRemaining() >= SLICE_BUDGET_MS && !this.stopped) {
      this.idlePending = true;
      this.idleDeadline = deadline;
      this.idleChannel.port2.postMessage(0);
    } else {
      this.kickIdle();
    }
  }

  private drain(lane: Job[], budget: number): void {
    if (this.stopped) return;
    const start = performance.now();
    runSlice(
      () => lane[0],
      (job) => {
        const left = budget - (performance.now() - start);
        if (job(Math.max(1, left))) return;
        // By identity: the job may have put another one before itself (addFirst).
        const at = lane.indexOf(job);
        if (at >= 0) lane.splice(at, 1);
      },
      () => performance.now(),
      budget,
    );
    const spent = performance.now() - start;
    this.longestSliceMs = Math.max(this.longestSliceMs, spent);
    this.workMs += spent;
    if (!this.busy && this.idleWaiters.length) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
