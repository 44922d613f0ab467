import { describe, expect, it } from 'vitest';
import type { Example } from '../../../source/core/example.js';
import { exampleText } from '../../../source/core/example-text.js';
import {
  askedAndAnswered,
  comparableKey,
  systemText,
} from '../../../source/core/split/comparable-text.js';
import { leakageKeys } from '../../../source/core/split/leakage-keys.js';
import { chat, instruction, text } from './fixtures.js';

/** The keys as the parts' joined texts give them: what the streamed keys must equal. */
function joinedKeys(example: Example) {
  const parts = askedAndAnswered(example);
  if (!parts) return { whole: comparableKey(exampleText(example)) };
  const prompt = comparableKey(parts.prompt);
  const answer = comparableKey(parts.answer);
  return {
    whole: `${comparableKey(systemText(example))}:${prompt}:${answer}`,
    asked: { prompt, answer },
  };
}

const withTool: Example = {
  ...chat('t', []),
  kind: 'chat',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Weather?' },
    { role: 'assistant', content: '' },
    { role: 'tool', content: '{"temp": 21}' },
    { role: 'system', content: 'Late rule' },
    { role: 'assistant', content: 'It is 21°C.' },
  ],
} as Example;

describe('leakageKeys', () => {
  it.each<[string, Example]>([
    ['a chat', chat('a', ['What is 2+2?', 'Four.'])],
    ['a chat of several turns', chat('b', ['Hi', 'Hello!', 'Bye', 'See you.'])],
    ['a chat without an answer', chat('c', ['Only a question'])],
    ['a chat without a system prompt', chat('d', ['Q', 'A'], '')],
    ['a non-ASCII chat', chat('e', ['Café?', 'Crème.'], 'Sé breve')],
    ['a chat with tool and late system turns', withTool],
    ['an instruction', instruction('f', 'Add 2 and 2', '4')],
    ['a plain text', text('g', 'Just some text.')],
  ])('gives %s the keys of its joined parts', (_name, example) => {
    expect(leakageKeys(example)).toEqual(joinedKeys(example));
  });
});
