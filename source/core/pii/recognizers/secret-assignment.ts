import { shannonEntropy } from '../entropy.js';
import type { Candidate, Recognizer, Verdict } from '../recognizer.js';

/**
 * `name = value`, `name: value`, `"name": "value"` where the name says it holds a credential.
 * The match starts at the credential word (group 1 runs to the end of the name, group 2 is the
 * value): anchoring on the word is far cheaper than trying every identifier.
 */
const ASSIGNMENT =
  /((?:key|secret|token|passw(?:or)?d|pwd|passphrase|credential|auth)[A-Za-z0-9_.-]*)["']?\s*(?:=|:|=>)\s*["']?([^\s"'`,;<>(){}[\]]+)/gi;

/** Group 1 is the token. Lookbehinds would read simpler but cost a check at every position. */
const BEARER = /\bbearer\s+([A-Za-z0-9._~+/-]{20,}=*)/dgi;
/** Group 1 is the password in `scheme://user:password@host`. */
const URL_PASSWORD = /[A-Za-z]:\/\/[^\s:/@]+:([^\s:/@]+)@/dg;

const PASSWORD_NAME = /pass|pwd/i;

/** Values that stand for a secret rather than being one. */
const PLACEHOLDER =
  /^(?:\$|%|\*+$|process\.env|os\.environ|env\b|getenv|null$|none$|true$|false$|undefined$)|your|example|changeme|placeholder|redacted|dummy|xxxx|sample|<|\{\{/i;

/** Words that name a credential; a value that is one of them is a label, not a secret. */
const CREDENTIAL_NAMES = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'key']);

/** A code identifier without digits (`generate_password`, `password_hash`) is a name, not a value. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$.]*$/;

function standsForSecret(name: string, value: string): boolean {
  return (
    PLACEHOLDER.test(value) ||
    /^https?:/i.test(value) ||
    IDENTIFIER.test(value) ||
    value.toLowerCase().includes(name.toLowerCase())
  );
}

/** Passwords are short and human: two kinds of character and some variety are enough. */
function judgeValue(name: string, value: string): Verdict | undefined {
  if (standsForSecret(name, value)) return undefined;
  const entropy = shannonEntropy(value);
  if (PASSWORD_NAME.test(name)) {
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
    if (value.length < 6 || classes < 2 || entropy < 2.5) return undefined;
    return { subtype: 'password', confidence: 0.7, check: 'entropy' };
  }
  if (value.length < 16 || entropy < 3.5 || !/\d/.test(value) || !/[A-Za-z]/.test(value)) {
    return undefined;
  }
  return { subtype: 'assigned_secret', confidence: 0.7, check: 'entropy' };
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;

/** The words `ASSIGNMENT` starts at, in lower case. */
const CREDENTIAL_WORDS = [
  'key',
  'secret',
  'token',
  'passwd',
  'password',
  'pwd',
  'passphrase',
  'credential',
  'auth',
];

/** True when the name just before the `=` or `:` at `operator` holds a credential word. */
function namesCredential(text: string, operator: number): boolean {
  let end = operator;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end > 0 && (text[end - 1] === '"' || text[end - 1] === "'")) end--;
  let start = end;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
  const name = text.slice(start, end).toLowerCase();
  return CREDENTIAL_WORDS.some((word) => name.includes(word));
}

/**
 * A cheap test every `ASSIGNMENT` match passes: its name, read back from an `=` or `:`, holds a
 * credential word. Most texts have a few colons ("Ticket 12:") and no credential before them.
 */
function mayAssign(text: string): boolean {
  for (const operator of ['=', ':']) {
    for (let at = text.indexOf(operator); at >= 0; at = text.indexOf(operator, at + 1)) {
      if (namesCredential(text, at)) return true;
    }
  }
  return false;
}

function assignments(text: string): Candidate[] {
  if (!mayAssign(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    const [whole, word = '', assigned = ''] = match;
    let nameStart = match.index ?? 0;
    while (nameStart > 0 && NAME_CHAR.test(text[nameStart - 1]!)) nameStart--;
    const name = text.slice(nameStart, match.index) + word;
    // A sentence can end right after the value: "your new password: aB3#fG7!kL9@."
    const value = assigned.replace(/[.!?:]$/, '');
    const verdict = judgeValue(name, value);
    if (!verdict) continue;
    const start = (match.index ?? 0) + whole.length - assigned.length;
    found.push({ type: 'secret', start, end: start + value.length, value, ...verdict });
  }
  return found;
}

/** Candidates for group 1 of a regex compiled with the `d` (indices) flag. */
function groupCandidates(
  pattern: RegExp,
  text: string,
  validate: (value: string) => Verdict | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    const value = text.slice(start, end);
    const verdict = validate(value);
    if (verdict) found.push({ type: 'secret', start, end, value, ...verdict });
  }
  return found;
}

/**
 * Credentials by where they sit rather than their format: values assigned to a key, token, secret
 * or password name that are random enough (Shannon entropy), HTTP bearer tokens and passwords
 * written into URLs.
 */
export const secretAssignmentRecognizer: Recognizer = {
  type: 'secret',
  find: (text) => [
    ...assignments(text),
    ...groupCandidates(BEARER, text, (value) =>
      shannonEntropy(value) >= 3.5
        ? { subtype: 'bearer_token', confidence: 0.75, check: 'entropy' }
        : undefined,
    ),
    ...(!text.includes('://')
      ? []
      : groupCandidates(URL_PASSWORD, text, (value) =>
          PLACEHOLDER.test(value) || CREDENTIAL_NAMES.has(value.toLowerCase())
            ? undefined
            : { subtype: 'url_password', confidence: 0.8, check: 'pattern' },
        )),
  ],
};
