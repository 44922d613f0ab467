const DIGITS = '0123456789';

/**
 * Characters at least one of which every recognizer's match holds: digits (phone, card, IBAN,
 * IPv4, SSN, crypto wallets), `@` (email), `:` (IPv6, MAC, `scheme://`, `name: value`), `=`
 * (`name = value`), `-` (MAC, PEM, Slack and `sk-` keys), `_` (GitHub and Stripe keys), `A` (AWS
 * and Google keys) and `J` (a JWT's `eyJ`). A search for one character is a memchr, so ten of
 * them cost less than one regex scan of a character class.
 */
const TRIGGER_CHARACTERS = ['@', ':', '=', '-', '_', 'A', 'J', ...DIGITS];

/** A bearer token, the one trigger that is a word rather than a character. */
const BEARER_WORD = /bearer/i;

/**
 * How many ASCII digits the text holds, counting no further than `enough`: ten memchr scans,
 * where a `\d` regex would test every character.
 */
export function countDigits(text: string, enough: number): number {
  let count = 0;
  for (const digit of DIGITS) {
    for (let at = text.indexOf(digit); at >= 0; at = text.indexOf(digit, at + 1)) {
      if (++count >= enough) return count;
    }
  }
  return count;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}

/** A dot followed by a letter, digit, `_` or `-`: hosts (`acme.io`, `www.`), dotted MACs, JWTs. */
export function hasDotBeforeWord(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (isWordCode(text.charCodeAt(dot + 1))) return true;
  }
  return false;
}

/**
 * False only when no recognizer can find anything in the text, so detection skips prose (most of
 * a chat dataset) for the price of a few memchr scans. Every recognizer's match holds one of the
 * triggers above; a new recognizer must too, or add its own here.
 */
export function mayHoldPii(text: string): boolean {
  for (const character of TRIGGER_CHARACTERS) if (text.includes(character)) return true;
  return hasDotBeforeWord(text) || BEARER_WORD.test(text);
}
