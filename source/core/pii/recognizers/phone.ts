import { type Recognizer, type Verdict, windowCandidates } from '../recognizer.js';

/**
 * A run of digits, spaces, parentheses, dots and dashes that starts and ends with a digit, not
 * glued to a word, an amount or a time (`10:30`); `tel:+44…` is fine.
 */
const RUN = /(?<![\w+.\-/@#$€£%(]|\d:)[+(]?\d[\d ().-]*\d(?![\w%]|[.-]\d)/g;

const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?(?:\(\d{1,5}\)|\d{1,8})){1,6}$/;
/** North American numbers: (555) 010-1234, 555-010-1234, 555.010.1234, 1-555-010-1234. */
const NANP_PUNCTUATED =
  /^(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?\d{3}[ .-]\d{4}|[2-9]\d{2}([.-])\d{3}\1\d{4})$/;
const NANP_SPACED = /^(?:1 )?[2-9]\d{2} \d{3} \d{4}$/;
/**
 * National numbers with a trunk 0: 020 7946 0958, (020) 7946 0958, 07700 900123, 06-12345678,
 * 03-1234-5678 (spaced pairs like `01 2345 6784` are too often other codes).
 */
const TRUNK =
  /^(?:0\d{2,4}([ -])\d{3,8}(?:\1\d{3,8}){0,2}|\(0\d{2,4}\) ?\d{3,8}(?: \d{3,8})?|0\d[ -]\d{6,9}|0\d-\d{4}-\d{4})$/;
/** French-style pairs: 01 23 45 67 89. */
const PAIRS = /^0[1-9]([ .-])\d{2}(?:\1\d{2}){3}$/;
const BARE = /^\d{10,11}$/;

function international(value: string, digits: string): Verdict | undefined {
  // E.164 allows 15 digits; checking the count first also keeps the grouping regex cheap.
  if (digits.length < 8 || digits.length > 15 || !INTERNATIONAL.test(value)) return undefined;
  if (/^\+1[ .(-]/.test(value) && digits.length !== 11) return undefined;
  return { confidence: 0.7, check: 'pattern' };
}

function judge(value: string): Verdict | undefined {
  const digits = value.replace(/\D/g, '');
  if (/^(\d)\1*$/.test(digits)) return undefined;
  if (value.startsWith('+')) return international(value, digits);
  if (NANP_PUNCTUATED.test(value)) return { confidence: 0.6, check: 'pattern' };
  if (NANP_SPACED.test(value)) return { confidence: 0.5, check: 'pattern' };
  if ((TRUNK.test(value) && digits.length >= 10 && digits.length <= 11) || PAIRS.test(value)) {
    return { confidence: 0.5, check: 'pattern' };
  }
  if (BARE.test(value)) return { confidence: 0.3, check: 'pattern', needsContext: true };
  return undefined;
}

/**
 * Phone numbers written the ways people write them, with or without a country code. Dates, times,
 * versions and prices fail the grouping rules; a bare run of digits needs a word such as "call".
 */
export const phoneRecognizer: Recognizer = {
  type: 'phone',
  minDigits: 8,
  find: (text) => windowCandidates('phone', RUN, text, judge, { maxGroups: 7 }),
};
