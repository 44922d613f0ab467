import { matchCandidates, type Recognizer } from '../recognizer.js';

const IPV6 =
  /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;

/** Every IPv6 text form has two colons around at most four hex digits. */
const HINT = /:[0-9A-Fa-f]{0,4}:/;

/** Two colons at most five apart, which `HINT` needs: a memchr walk instead of a regex scan. */
function hasNearColons(text: string): boolean {
  let previous = text.indexOf(':');
  for (let at = text.indexOf(':', previous + 1); at >= 0; at = text.indexOf(':', at + 1)) {
    if (at - previous <= 5) return true;
    previous = at;
  }
  return false;
}

const GROUP = /^[0-9A-Fa-f]{1,4}$/;
const EMBEDDED_IPV4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Counts the 16-bit groups a side of `::` spells, or -1 when a group is malformed. */
function countGroups(side: string, allowIpv4Tail: boolean): number {
  if (side === '') return 0;
  const parts = side.split(':');
  let count = 0;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (GROUP.test(part)) count += 1;
    else if (last && allowIpv4Tail && EMBEDDED_IPV4.test(part)) count += 2;
    else return -1;
  }
  return count;
}

/**
 * RFC 4291 text forms: eight groups, or fewer with one `::`, optionally ending in an IPv4 address.
 * At least two explicit groups are required, so `::1` and `::` in code are not reported.
 */
export function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const head = countGroups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? countGroups(halves[1]!, true) : 0;
  if (head < 0 || tail < 0) return false;
  const explicit = head + tail;
  return halves.length === 1 ? explicit === 8 : explicit >= 2 && explicit <= 7;
}

/** IPv6 addresses, including compressed and IPv4-mapped forms. */
export const ipv6Recognizer: Recognizer = {
  type: 'ip_address',
  find: (text) =>
    hasNearColons(text) && HINT.test(text)
      ? matchCandidates('ip_address', IPV6, text, (value) =>
          isIpv6(value) ? { subtype: 'ipv6', confidence: 0.75, check: 'pattern' } : undefined,
        )
      : [],
};
