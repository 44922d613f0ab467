import { hasDotBeforeWord } from '../prefilter.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import { bareHosts } from './bare-host.js';
import { PATH_CHAR, trimTrailing } from './url-parts.js';

/** Schemes people paste links and connection strings with. */
const SCHEMES =
  'https?|ftps?|sftp|wss?|ssh|git|svn|file|s3|gs|postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?';

const LINK = new RegExp(
  `(?:${SCHEMES})://(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9])${PATH_CHAR}*|(?<![\\w.@/-])www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+${PATH_CHAR}*`,
  'gi',
);

function url(start: number, raw: string, confidence: number): Candidate {
  const value = trimTrailing(raw);
  return { type: 'url', start, end: start + value.length, value, confidence, check: 'pattern' };
}

function links(text: string): Candidate[] {
  if (!text.includes('://') && !/www\./i.test(text)) return [];
  return [...text.matchAll(LINK)].map((match) =>
    url(match.index ?? 0, match[0], /^www\./i.test(match[0]) ? 0.65 : 0.7),
  );
}

/** Web addresses with a scheme, starting `www.`, or a bare host under a common top-level domain. */
export const urlRecognizer: Recognizer = {
  type: 'url',
  find: (text) => {
    // Links have `://` or `www.`, bare hosts a dot before their top-level domain.
    if (!text.includes('://') && !hasDotBeforeWord(text)) return [];
    const withScheme = links(text);
    const outside = (start: number) =>
      withScheme.every((link) => start < link.start || start >= link.end);
    const bare = bareHosts(text)
      .filter(({ start }) => outside(start))
      .map(({ start, raw }) => url(start, raw, raw.includes('/') ? 0.6 : 0.5));
    return [...withScheme, ...bare];
  },
};
