import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyNameOf, singleKey } from '../../../source/ui/keymap/key-names.js';

const BATCH = { ctrl: false, shift: false, meta: false } as Key;

describe('a key taken out of a batch', () => {
  it.each([
    ['j', 'j'],
    ['G', 'G'],
    ['\t', 'tab'],
    ['\r', 'enter'],
    ['\u007F', 'backspace'],
    ['\u0012', 'ctrl+r'],
    [' ', 'space'],
  ])('%j is named %s', (character, name) => {
    expect(keyNameOf(...singleKey(character, BATCH))).toBe(name);
  });
});
