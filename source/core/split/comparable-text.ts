import type { Example, Message } from '../example.js';
import { normaliseText } from '../stable-id.js';
import { ComparableKeyStream } from './key-stream.js';

const PUNCTUATION_SYMBOL_OR_SPACE = /[\p{P}\p{S}\s]+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** In ASCII, what is not a letter or digit is punctuation, a symbol, space or a control. */
const ASCII_NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Text as a leak would repeat it: `normaliseText`, then lower case, punctuation and symbols dropped,
 * runs of whitespace as one space. "Hello, World!" and "hello world" compare equal.
 */
export function comparableText(text: string): string {
  // The Unicode-property pattern costs several times the ASCII one, and most data is ASCII.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(ASCII_NON_ALPHANUMERIC, ' ').trim();
  return normaliseText(text).toLowerCase().replace(PUNCTUATION_SYMBOL_OR_SPACE, ' ').trim();
}

/**
 * A short digest of `comparableText`, so a million examples cost keys, not copies of their text.
 * ASCII text is folded and hashed in one pass without building the folded string.
 */
export function comparableKey(text: string): string {
  const stream = new ComparableKeyStream();
  if (stream.add(text)) return stream.key();
  const unicode = new ComparableKeyStream();
  unicode.addFolded(comparableText(text));
  return unicode.key();
}

/** What is asked and what is answered; a plain text has no prompt. */
export interface AskedAndAnswered {
  prompt: string;
  answer: string;
}

/**
 * Splits an example into its prompt and its answer as text, for comparing across splits (unlike
 * core/preference's `promptAndAnswer`, which gives turns and only for single-answer kinds). A chat's answer is its last assistant turn
 * onwards; system turns are left out of the prompt, since a shared system prompt does not make two
 * questions the same nor a different one two questions different.
 */
export function askedAndAnswered(example: Example): AskedAndAnswered | undefined {
  switch (example.kind) {
    case 'chat': {
      const last = example.messages.findLastIndex((m) => m.role === 'assistant');
      const cut = last < 0 ? example.messages.length : last;
      return {
        prompt: turnsText(example.messages.slice(0, cut)),
        answer: turnsText(example.messages.slice(cut)),
      };
    }
    case 'instruction':
      return { prompt: `${example.instruction}\n${example.input}`, answer: example.output };
    case 'completion':
      return { prompt: example.prompt, answer: example.completion };
    case 'text':
      return undefined;
    case 'preference':
      return {
        prompt: turnsText(example.prompt),
        answer: example.candidates.map(turnsText).sort().join('\n\n'),
      };
    case 'unpaired':
      return {
        prompt: turnsText(example.prompt),
        answer: `${turnsText(example.completion)}\n${example.label}`,
      };
  }
}

/** The system turns, which `askedAndAnswered` leaves out; empty for kinds without them. */
export function systemText(example: Example): string {
  const messages =
    example.kind === 'chat'
      ? example.messages
      : 'prompt' in example && typeof example.prompt !== 'string'
        ? example.prompt
        : [];
  return messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n');
}

function turnsText(messages: readonly Message[]): string {
  return messages
    .filter((m) => m.role !== 'system')
    .map((m) => m.content)
    .join('\n');
}
