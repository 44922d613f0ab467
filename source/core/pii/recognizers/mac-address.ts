import { matchCandidates, type Recognizer } from '../recognizer.js';

/** Six pairs with one separator (not part of a longer fingerprint), or Cisco's three dotted quads. */
const MAC =
  /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w]|[:.-][0-9A-Fa-f])/g;

/** A cheap scan that every MAC address passes: a separator, a pair, a separator (or a dotted quad). */
const HINT = /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./;

const isPairSeparator = (char: string | undefined) => char === ':' || char === '-';

/** What `HINT` needs, two separators three apart or two dots five apart, by memchr walks. */
function hasSpacedSeparators(text: string): boolean {
  for (const [mark, gap] of [
    [':', 3],
    ['-', 3],
    ['.', 5],
  ] as const) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const next = text[at + gap];
      if (mark === '.' ? next === '.' : isPairSeparator(next)) return true;
    }
  }
  return false;
}

/** Values that name no device: the null and broadcast addresses. */
const NO_DEVICE = new Set(['000000000000', 'ffffffffffff']);

/** MAC (hardware) addresses; a dotted form needs a hex letter so dotted dates and numbers pass. */
export const macAddressRecognizer: Recognizer = {
  type: 'mac_address',
  find: (text) =>
    !hasSpacedSeparators(text) || !HINT.test(text)
      ? []
      : matchCandidates('mac_address', MAC, text, (value) => {
          const hex = value.replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
          if (NO_DEVICE.has(hex)) return undefined;
          if (value.includes('.') && !/[a-f]/.test(hex)) return undefined;
          return { confidence: 0.7, check: 'pattern' };
        }),
};
