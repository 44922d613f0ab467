import { hash } from 'node:crypto';
import type { Example, ExampleDraft, Message } from './example.js';

/** Length of an id in hex characters: 64 bits, so collisions stay negligible at millions of examples. */
export const ID_LENGTH = 16;

const NON_ASCII = /[^\x00-\x7f]/;

/** NFC, LF line ends, no surrounding whitespace; ASCII text skips the (costly) normalisation. */
export function normaliseText(text: string): string {
  const composed = NON_ASCII.test(text) ? text.normalize('NFC') : text;
  return (composed.includes('\r') ? composed.replace(/\r\n?/g, '\n') : composed).trim();
}

/**
 * Feeds the identifying content into the hash as length-prefixed fields, so no two different
 * examples produce the same byte stream (and no JSON escaping is paid for long texts).
 */
class IdentityHash {
  // One update at the end: each update() call crosses into native code, which costs more than
  // joining a few kilobytes of text.
  private readonly parts: string[] = [];

  field(value: string): this {
    this.parts.push(`${value.length}:`, value);
    return this;
  }

  text(value: string): this {
    return this.field(normaliseText(value));
  }

  messages(messages: readonly Message[]): this {
    this.field(`messages ${messages.length}`);
    for (const m of messages) {
      this.field(m.role)
        .text(m.content)
        .field(m.name ?? '');
      const calls = m.toolCalls ?? [];
      this.field(`calls ${calls.length}`);
      for (const call of calls) this.field(call.name).field(call.arguments);
    }
    return this;
  }

  /** One-shot `hash` costs a third of `createHash().update().digest()` for an example's text. */
  digest(): string {
    return hash('sha256', this.parts.join('')).slice(0, ID_LENGTH);
  }
}

/** Hash of the normalised content: its kind and text, never its position, format or metadata. */
export function contentHash(example: ExampleDraft | Example): string {
  const hash = new IdentityHash().field(example.kind);
  switch (example.kind) {
    case 'chat':
      return hash.messages(example.messages).digest();
    case 'instruction':
      return hash.text(example.instruction).text(example.input).text(example.output).digest();
    case 'completion':
      return hash.text(example.prompt).text(example.completion).digest();
    case 'text':
      return hash.text(example.text).digest();
    case 'preference':
      hash.messages(example.prompt).field(`candidates ${example.candidates.length}`);
      for (const candidate of example.candidates) hash.messages(candidate);
      return hash.digest();
    case 'unpaired':
      return hash
        .messages(example.prompt)
        .messages(example.completion)
        .field(String(example.label))
        .digest();
  }
}

/**
 * Gives each draft its stable id. Identical content repeated in one file gets `hash`, `hash-2`,
 * `hash-3`... in file order, so each copy keeps its own decisions and dedup can still see them.
 */
export class IdAssigner {
  private readonly seen = new Map<string, number>();

  assign(draft: ExampleDraft): Example {
    const hash = contentHash(draft);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    const example = draft as Example;
    // The draft is the mapper's fresh object: naming it in place saves a copy per example.
    example.id = count === 1 ? hash : `${hash}-${count}`;
    return example;
  }
}
