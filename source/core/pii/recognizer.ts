import type { PiiCheck, PiiType } from './pii-types.js';

/** A span a recognizer proposes, before context, allow-list and overlap resolution. */
export interface Candidate {
  type: PiiType;
  subtype?: string;
  start: number;
  end: number;
  value: string;
  confidence: number;
  check: PiiCheck;
  /** Too ambiguous on its own (a bare run of digits): kept only when a context word is near. */
  needsContext?: boolean;
}

/** Finds candidates of one type in a text. */
export interface Recognizer {
  type: PiiType;
  /** Every candidate holds at least this many ASCII digits, so texts with fewer are not searched. */
  minDigits?: number;
  find(text: string): Candidate[];
}

/** What a validator says about a matched string; undefined rejects it. */
export type Verdict = Omit<Candidate, 'type' | 'start' | 'end' | 'value'>;

/** Runs a global regex over a text and keeps the matches the validator accepts. */
export function matchCandidates(
  type: PiiType,
  pattern: RegExp,
  text: string,
  validate: (value: string, match: RegExpMatchArray) => Verdict | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const verdict = validate(match[0], match);
    if (!verdict) continue;
    const start = match.index ?? 0;
    found.push({ type, start, end: start + match[0].length, value: match[0], ...verdict });
  }
  return found;
}

/** Limits on the windows {@link windowCandidates} tries. */
export interface WindowRules {
  /** The most space-separated groups a value of the type has (tables of numbers make long runs). */
  maxGroups: number;
  /** True when a neighbouring group would continue the value, so the window is not it. */
  continues?: (group: string) => boolean;
}

/**
 * For runs of space-separated groups (phone and card numbers among other numbers), tries each
 * window of whole groups, longest first and left to right, so `12 (555) 010-1234` still yields
 * the phone number and a card number followed by an expiry still yields the card.
 */
export function windowCandidates(
  type: PiiType,
  pattern: RegExp,
  text: string,
  validate: (value: string) => Verdict | undefined,
  { maxGroups, continues = () => false }: WindowRules,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const base = match.index ?? 0;
    const groups = [...match[0].matchAll(/\S+/g)].map((group) => ({
      start: base + (group.index ?? 0),
      end: base + (group.index ?? 0) + group[0].length,
    }));
    let first = 0;
    while (first < groups.length) {
      const accepted = longestWindow(groups, first, maxGroups, text, (value, before, after) =>
        continues(before) || continues(after) ? undefined : validate(value),
      );
      if (!accepted) {
        first++;
        continue;
      }
      found.push({ type, ...accepted.span, ...accepted.verdict });
      first = accepted.next;
    }
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

function longestWindow(
  groups: readonly Span[],
  first: number,
  maxGroups: number,
  text: string,
  validate: (value: string, before: string, after: string) => Verdict | undefined,
): { span: Span & { value: string }; verdict: Verdict; next: number } | undefined {
  const start = groups[first]!.start;
  const groupText = (group: Span | undefined) => (group ? text.slice(group.start, group.end) : '');
  for (let last = Math.min(groups.length, first + maxGroups) - 1; last >= first; last--) {
    const end = groups[last]!.end;
    const value = text.slice(start, end);
    const verdict = validate(value, groupText(groups[first - 1]), groupText(groups[last + 1]));
    if (verdict) return { span: { start, end, value }, verdict, next: last + 1 };
  }
  return undefined;
}
