import { describe, expect, it } from 'vitest';
import { comparableKey, comparableText } from '../../../source/core/split/comparable-text.js';
import { ComparableKeyStream } from '../../../source/core/split/key-stream.js';

function streamed(pieces: readonly string[]): string | undefined {
  const stream = new ComparableKeyStream();
  return pieces.every((piece) => stream.add(piece)) ? stream.key() : undefined;
}

describe('ComparableKeyStream', () => {
  it.each([
    [['Hello, World!']],
    [['Hello,', 'World!']],
    [['', 'a', '', 'b', '']],
    [['  lead', 'trail  ']],
    [['ab', 'c']],
    [['!!!', '???']],
    [[]],
    [['Tab\there', 'new\r\nline', 'ctrl\u0001char']],
  ])('keys %j as comparableKey keys the pieces joined by newlines', (pieces) => {
    expect(streamed(pieces)).toBe(comparableKey(pieces.join('\n')));
  });

  it.each([['café'], ['\u00a0'], ['ok', 'naïve']])(
    'refuses non-ASCII pieces such as %j',
    (...pieces) => {
      expect(streamed(pieces)).toBeUndefined();
    },
  );

  it.each(['Café crème', 'Hello\u00a0World…', 'Ünïcödé \u0001'])(
    'keys folded Unicode text %j as comparableKey does',
    (text) => {
      const stream = new ComparableKeyStream();
      stream.addFolded(comparableText(text));
      expect(stream.key()).toBe(comparableKey(text));
    },
  );

  it('spells the key as 16 lower-case hex digits', () => {
    const stream = new ComparableKeyStream();
    stream.add('some text');
    expect(stream.key()).toMatch(/^[0-9a-f]{16}$/);
  });
});
