import { ibanLength, isValidIban } from '../checksums/iban.js';
import type { Candidate, Recognizer } from '../recognizer.js';

const LOOSE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}/g;

/** Separators, if any, are one kind and fall after every fourth character (print format). */
function groupedInFours(printed: string): boolean {
  const separators = new Set(printed.match(/[ -]/g));
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const sizes = printed.split(/[ -]/).map((group) => group.length);
  return sizes.slice(0, -1).every((size) => size === 4) && sizes[sizes.length - 1]! <= 4;
}

/** Cuts a loose match at its country's registered length, or undefined if it cannot be one. */
function cut(text: string, start: number, loose: string): Candidate | undefined {
  const length = ibanLength(loose.slice(0, 2));
  if (!length) return undefined;
  let seen = 0;
  let end = start;
  while (seen < length && end < start + loose.length) {
    if (/[A-Z0-9]/.test(text[end]!)) seen++;
    end++;
  }
  const printed = text.slice(start, end);
  const compact = printed.replace(/[ -]/g, '');
  if (seen < length || /[A-Za-z0-9]/.test(text[end] ?? '') || !groupedInFours(printed)) {
    return undefined;
  }
  if (!isValidIban(compact)) return undefined;
  return { type: 'iban', start, end, value: printed, confidence: 0.95, check: 'mod97' };
}

/** IBANs, printed in groups of four or compact, confirmed by country length and mod 97. */
export const ibanRecognizer: Recognizer = {
  type: 'iban',
  minDigits: 2,
  find: (text) => {
    const found: Candidate[] = [];
    // A loose match can swallow the start of the next IBAN in a list, so resume after each cut.
    const loose = new RegExp(LOOSE);
    for (let match = loose.exec(text); match; match = loose.exec(text)) {
      const candidate = cut(text, match.index, match[0]);
      if (candidate) found.push(candidate);
      loose.lastIndex = candidate ? candidate.end : match.index + 1;
    }
    return found;
  },
};
