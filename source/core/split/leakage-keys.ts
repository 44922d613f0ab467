import type { Example, Message } from '../example.js';
import { exampleText } from '../example-text.js';
import { askedAndAnswered, comparableKey, systemText } from './comparable-text.js';
import { ComparableKeyStream } from './key-stream.js';

/** The keys the leakage check compares an example by. */
export interface LeakageKeys {
  /** The whole text's key: exact duplicates share it. */
  whole: string;
  /** The prompt's and the answer's keys; a plain text has neither. */
  asked?: { prompt: string; answer: string };
}

/** Keys by example: examples are not changed once read, and every plan compares all of them. */
const known = new WeakMap<Example, LeakageKeys>();

/**
 * The comparable keys of an example's whole text, prompt and answer (see `askedAndAnswered`),
 * worked out once per example: the workbench works them out in slices before a plan, so the
 * plan itself does not hold up keys reading every character of the data.
 */
export function leakageKeys(example: Example): LeakageKeys {
  let keys = known.get(example);
  if (keys === undefined) {
    keys = keysOf(example);
    known.set(example, keys);
  }
  return keys;
}

/** The whole text's key is made of its parts' keys, so each text is read once. */
function keysOf(example: Example): LeakageKeys {
  if (example.kind === 'chat') {
    const streamed = chatKeys(example.messages);
    if (streamed) return streamed;
  }
  const parts = askedAndAnswered(example);
  if (!parts) return { whole: comparableKey(exampleText(example)) };
  return partKeys(
    comparableKey(systemText(example)),
    comparableKey(parts.prompt),
    comparableKey(parts.answer),
  );
}

function partKeys(system: string, prompt: string, answer: string): LeakageKeys {
  return { whole: `${system}:${prompt}:${answer}`, asked: { prompt, answer } };
}

/**
 * A chat's keys straight from its turns, without joining them into texts: the same keys as
 * `askedAndAnswered` and `systemText` give. Undefined when a turn is not ASCII.
 */
function chatKeys(messages: readonly Message[]): LeakageKeys | undefined {
  const last = messages.findLastIndex((m) => m.role === 'assistant');
  const cut = last < 0 ? messages.length : last;
  const system = new ComparableKeyStream();
  const prompt = new ComparableKeyStream();
  const answer = new ComparableKeyStream();
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!;
    const stream = message.role === 'system' ? system : index < cut ? prompt : answer;
    if (!stream.add(message.content)) return undefined;
  }
  return partKeys(system.key(), prompt.key(), answer.key());
}
