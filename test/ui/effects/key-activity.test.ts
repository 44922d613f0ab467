import { describe, expect, it } from 'vitest';
import { keysQuietIn, markKeyPressed, QUIET_MS } from '../../../source/ui/effects/key-activity.js';

describe('background work waits for a pause in the keys', () => {
  it.each([
    { since: 0, wait: QUIET_MS },
    { since: 100, wait: QUIET_MS - 100 },
    { since: QUIET_MS, wait: 0 },
    { since: 5_000, wait: 0 },
  ])('$since ms after a key it waits $wait ms more', ({ since, wait }) => {
    markKeyPressed(1_000);
    expect(keysQuietIn(1_000 + since)).toBe(wait);
  });
});
