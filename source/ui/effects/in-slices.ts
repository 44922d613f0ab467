/**
 * Background work in small steps: a step runs for a few milliseconds, then yields, so a key never
 * waits long for the main thread while a job goes through 100k examples; while keys keep coming,
 * the work waits for a pause.
 */
import { keysQuietIn } from './key-activity.js';

/** Examples handled per step; steps repeat until the time budget is spent. */
const STEP = 20;
/** Work between yields: short, so a key waits at most this long for the main thread. */
const BUDGET_MS = 6;
/** Progress reaches the screen at most this often: each report redraws the frame. */
const REPORT_EVERY_MS = 250;

const yieldToKeys = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Yields once, then waits for as long as keys keep coming. */
async function yieldUntilKeysQuiet(): Promise<void> {
  await yieldToKeys();
  for (let wait = keysQuietIn(); wait > 0; wait = keysQuietIn()) await sleep(wait);
}

/**
 * Runs `work` over 0..total in small steps, yielding to keys every few milliseconds, and hands
 * `report` what was done since the last report (and always at the end).
 */
export async function inSlices<T>(
  total: number,
  work: (from: number, to: number) => readonly T[],
  report: (done: T[], upTo: number) => void,
): Promise<void> {
  let pending: T[] = [];
  let reportedAt = performance.now();
  let from = 0;
  while (from < total) {
    const started = performance.now();
    while (from < total && performance.now() - started < BUDGET_MS) {
      const to = Math.min(total, from + STEP);
      for (const item of work(from, to)) pending.push(item);
      from = to;
    }
    if (from >= total || performance.now() - reportedAt >= REPORT_EVERY_MS) {
      report(pending, from);
      pending = [];
      reportedAt = performance.now();
    }
    await yieldUntilKeysQuiet();
  }
}
