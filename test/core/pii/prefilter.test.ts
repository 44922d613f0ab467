import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../source/core/pii/detect.js';
import { countDigits, hasDotBeforeWord, mayHoldPii } from '../../../source/core/pii/prefilter.js';
import { RECOGNIZERS } from '../../../source/core/pii/recognizers/index.js';
import { PII_CASES } from '../../fixtures/pii/cases/index.js';

/** Every labelled text, also cut down to just each value it holds, and upper- and lower-cased. */
const TEXTS = PII_CASES.flatMap(({ text, expected }) => [
  text,
  text.toUpperCase(),
  text.toLowerCase(),
  ...expected.map((span) => span.value),
]);

describe('mayHoldPii', () => {
  it.each([
    ['plain prose', 'please help with my order. thanks, really!', false],
    ['an empty text', '', false],
    ['a digit', 'ticket 7', true],
    ['an at sign', 'write to me @ home', true],
    ['a colon', 'note: soon', true],
    ['a dot before a word', 'see acme.io', true],
    ['a dot before a space', 'the end. the start', false],
    ['a bearer word in any case', 'BeArEr abc', true],
    ['a capital A (AWS and Google keys)', 'And so', true],
    ['a capital J (a JWT)', 'Just so', true],
  ])('%s → %s', (_name, text, expected) => {
    expect(mayHoldPii(text)).toBe(expected);
  });

  it('never turns away a text any recognizer finds a candidate in', () => {
    const found = TEXTS.filter((text) => RECOGNIZERS.some((r) => r.find(text).length > 0));
    expect(found.length).toBeGreaterThan(300);
    expect(found.filter((text) => !mayHoldPii(text))).toEqual([]);
  });
});

describe('minDigits', () => {
  it('is never more than the digits of a candidate its recognizer finds', () => {
    const short = RECOGNIZERS.flatMap((recognizer) =>
      TEXTS.flatMap((text) => recognizer.find(text)).filter(
        (candidate) => countDigits(candidate.value, 99) < (recognizer.minDigits ?? 0),
      ),
    );
    expect(short).toEqual([]);
  });

  it('keeps detection the same on texts with just enough digits', () => {
    expect(detectPii('call 555-010-1234')).toMatchObject([{ type: 'phone' }]);
    expect(detectPii('card 4111 1111 1111 1111')).toMatchObject([{ type: 'credit_card' }]);
    expect(detectPii('ssn 219-09-9998')).toMatchObject([{ type: 'us_ssn' }]);
  });
});

describe('countDigits', () => {
  it.each([
    ['', 13, 0],
    ['no digits', 13, 0],
    ['a1b22c333', 13, 6],
    ['1234567890123456', 13, 13],
    ['9 8 7', 2, 2],
  ])('%j (up to %i) → %i', (text, enough, expected) => {
    expect(countDigits(text, enough)).toBe(expected);
  });
});

describe('hasDotBeforeWord', () => {
  it.each([
    ['acme.io', true],
    ['www.-x', true],
    ['a._b', true],
    ['end. next', false],
    ['trailing.', false],
    ['..', false],
  ])('%j → %s', (text, expected) => {
    expect(hasDotBeforeWord(text)).toBe(expected);
  });
});
