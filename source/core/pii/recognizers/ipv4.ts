import { matchCandidates, type Recognizer } from '../recognizer.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/**
 * Four octets, not inside a longer dotted run (OIDs, versions like 1.2.3.4.5), not after a letter
 * or slash (`v1.2.3.4`, `Chrome/120.0.0.1`) and not before a semver suffix (`1.2.3.4-beta`).
 */
const IPV4 = new RegExp(
  `(?<![\\w.:/]|[A-Za-z]-)${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d|-[A-Za-z]|\\+\\w)`,
  'g',
);

/** A release or heading number named just before: `version 1.2.3.4`, `build: 4.1.0.2`, `section 3.2.1.4`. */
const NUMBERED_BEFORE =
  /(?<![A-Za-z])(?:versions?|ver\.?|v|release|rel|build|firmware|fw|rev|revision|tag|sdk|os|section|chapter|clause|step|rule|figure|fig\.?|table|§)\s*[:=#]?\s*$/i;

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** A dot between two digits, which every address has: a memchr walk instead of a regex scan. */
function hasDottedDigits(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (isDigitCode(text.charCodeAt(dot - 1)) && isDigitCode(text.charCodeAt(dot + 1))) return true;
  }
  return false;
}

/**
 * IPv4 addresses. Not the unspecified block 0.x, loopback 127.x, netmasks 255.x or whole
 * networks like 10.0.0.0 (nor versions like 2.0.0.0), which are nobody's address,
 * and not a dotted version or heading number a word like "version" or "section" introduces.
 */
export const ipv4Recognizer: Recognizer = {
  type: 'ip_address',
  minDigits: 4,
  find: (text) =>
    !hasDottedDigits(text)
      ? []
      : matchCandidates('ip_address', IPV4, text, (value, match) => {
          if (/^(?:0|127|255)\./.test(value) || value.endsWith('.0.0.0')) return undefined;
          const start = match.index ?? 0;
          if (NUMBERED_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return undefined;
          return { subtype: 'ipv4', confidence: 0.6, check: 'pattern' };
        }),
};
