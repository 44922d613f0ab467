import { matchCandidates, type Recognizer, type Verdict } from '../recognizer.js';

const SSN = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w]|-\d)/g;

/**
 * Numbers the SSA has publicised or used as examples, never anyone's: the 1938 Woolworth wallet
 * card (078-05-1120), the 1962 Social Security card sample (219-09-9999) and the textbook
 * 123-45-6789, which was never issued. Reporting them would only flag documentation.
 */
const PUBLICISED = new Set(['078051120', '219099999', '123456789']);

function judge(_value: string, match: RegExpMatchArray): Verdict | undefined {
  const [, area = '', separator = '', group = '', serial = ''] = match;
  const digits = area + group + serial;
  if (area === '000' || area === '666' || area.startsWith('9')) return undefined;
  if (group === '00' || serial === '0000' || /^(\d)\1{8}$/.test(digits)) return undefined;
  if (PUBLICISED.has(digits)) return undefined;
  if (separator === '-') return { confidence: 0.6, check: 'pattern' };
  if (separator === ' ') return { confidence: 0.45, check: 'pattern' };
  return { confidence: 0.3, check: 'pattern', needsContext: true };
}

/** US Social Security numbers outside the never-assigned ranges (area 000, 666, 9xx; group 00; serial 0000). */
export const usSsnRecognizer: Recognizer = {
  type: 'us_ssn',
  minDigits: 9,
  find: (text) => matchCandidates('us_ssn', SSN, text, judge),
};
