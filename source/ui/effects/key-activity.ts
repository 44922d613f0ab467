/**
 * When the last key arrived. Background jobs wait while keys keep coming, so a person moving or
 * deciding quickly gets the whole main thread, and the jobs go on in the pauses between bursts.
 */
let lastKeyAt = Number.NEGATIVE_INFINITY;

/** Background work waits until no key has come for this long. */
export const QUIET_MS = 250;

export function markKeyPressed(now = performance.now()): void {
  lastKeyAt = now;
}

/** Milliseconds still to wait before background work may run (0 when keys have been quiet). */
export function keysQuietIn(now = performance.now()): number {
  return Math.max(0, lastKeyAt + QUIET_MS - now);
}
